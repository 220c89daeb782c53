package org.enginehost.python.modules;

import java.util.ArrayList;
import java.util.List;
import org.enginehost.python.runtime.FormatField;
import org.enginehost.python.runtime.PyBool;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;

/**
 * The {@code _string} module's parsers of format strings, which {@code string.Formatter} (in
 * Python, lib/string.py) is built on: {@code formatter_parser} and {@code formatter_field_name_split}.
 */
final class FormatterParser {
    private FormatterParser() {
    }

    /** {@code (literal_text, field_name, format_spec, conversion)} for each part of {@code s}. */
    static PyObject parse(String s) {
        List<PyObject> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        StringBuilder lit = new StringBuilder();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '{' || c == '}') {
                boolean doubled = i + 1 < n && s.charAt(i + 1) == c;
                if (doubled) {
                    lit.append(c);
                    out.add(tuple(lit.toString(), null, null, null));
                    lit.setLength(0);
                    i += 2;
                    continue;
                }
                if (c == '}') {
                    throw PyErr.valueError("Single '}' encountered in format string");
                }
                if (i + 1 == n) {
                    throw PyErr.valueError("Single '{' encountered in format string");
                }
                FormatField f = FormatField.parse(s, i + 1);
                out.add(tuple(lit.toString(), f.name(), f.spec(),
                        f.conversion() == 0 ? null : String.valueOf(f.conversion())));
                lit.setLength(0);
                i = f.end();
                continue;
            }
            lit.append(c);
            i++;
        }
        if (lit.length() > 0) {
            out.add(tuple(lit.toString(), null, null, null));
        }
        return new PyList(out.toArray(new PyObject[0])).iter();
    }

    private static PyTuple tuple(String literal, String name, String spec, String conv) {
        return PyTuple.of(new PyObject[] {new PyStr(literal), str(name), str(spec), str(conv)});
    }

    private static PyObject str(String s) {
        return s == null ? PyNone.NONE : new PyStr(s);
    }

    /** {@code (first, iterator of (is_attribute, key))}; numeric parts become ints. */
    static PyObject fieldNameSplit(String name) {
        int n = name.length();
        int k = 0;
        while (k < n && name.charAt(k) != '.' && name.charAt(k) != '[') {
            k++;
        }
        PyObject first = key(name.substring(0, k));
        List<PyObject> rest = new ArrayList<>();
        while (k < n) {
            char c = name.charAt(k);
            if (c == '.') {
                int s = ++k;
                while (k < n && name.charAt(k) != '.' && name.charAt(k) != '[') {
                    k++;
                }
                String attr = name.substring(s, k);
                if (attr.isEmpty()) {
                    throw PyErr.valueError("Empty attribute in format string");
                }
                rest.add(PyTuple.of(new PyObject[] {PyBool.TRUE, new PyStr(attr)}));
            } else if (c == '[') {
                int close = name.indexOf(']', k);
                if (close < 0) {
                    throw PyErr.valueError("Missing ']' in format string");
                }
                String item = name.substring(k + 1, close);
                if (item.isEmpty()) {
                    throw PyErr.valueError("Empty attribute in format string");
                }
                rest.add(PyTuple.of(new PyObject[] {PyBool.FALSE, key(item)}));
                k = close + 1;
                if (k < n && name.charAt(k) != '.' && name.charAt(k) != '[') {
                    throw PyErr.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw PyErr.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return PyTuple.of(new PyObject[] {first, new PyList(rest.toArray(new PyObject[0])).iter()});
    }

    private static PyObject key(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return new PyStr(s);
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return new PyStr(s);
            }
        }
        return PyInt.of(Long.parseLong(s));
    }
}
