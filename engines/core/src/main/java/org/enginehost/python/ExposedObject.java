package org.enginehost.python;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.enginehost.python.runtime.ExceptionTypes;
import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyType;
import org.enginehost.spi.Exposed;

/**
 * A Java object the embedder exposed ({@link Exposed}) as a script sees it: an instance of a
 * Python type named after it whose only attributes are the allowed methods (as methods of the
 * type, so {@code dir()} lists them). Any other name is an {@code AttributeError} that says which
 * names the object has; the Java object, its class and its fields are out of reach.
 */
final class ExposedObject extends PyObject {
    final Exposed exposed;
    private final PyType type;

    ExposedObject(Conversions conversions, Exposed exposed) {
        this.exposed = exposed;
        this.type = conversions.exposedType(exposed, () -> newType(conversions, exposed));
    }

    private static PyType newType(Conversions conversions, Exposed exposed) {
        PyType t = PyType.builtin(exposed.typeName(), null);
        for (String name : exposed.methodNames()) {
            int[] arity = exposed.arity(name);
            t.dict().put(new PyStr(name), new PyBuiltinFunction(name, (a, k) -> {
                if (a.length == 0 || !(a[0] instanceof ExposedObject self) || self.type != t) {
                    throw PyErr.typeError("descriptor '" + name + "' requires a '" + t.name + "' object");
                }
                PyBuiltinFunction.noKeywords(name, k);
                HostModules.checkCount(name, arity[0], arity[1], a.length - 1);
                List<Object> args = new ArrayList<>(a.length - 1);
                for (int i = 1; i < a.length; i++) {
                    args.add(conversions.toJava(a[i]));
                }
                List<Object> view = Collections.unmodifiableList(args);
                PyObject[] pyArgs = java.util.Arrays.copyOfRange(a, 1, a.length);
                return HostModules.callJava(conversions, "method " + t.name + "." + name, pyArgs,
                        () -> self.exposed.call(name, view));
            }, true));
        }
        return t;
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public PyObject getAttr(String name) {
        PyObject v = Operations.genericGetAttr(this, name);
        if (v == null) {
            throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, "'" + type.name + "' object has no attribute '" + name
                    + "' (it exposes only " + String.join(", ", exposed.methodNames()) + ")");
        }
        return v;
    }
}
