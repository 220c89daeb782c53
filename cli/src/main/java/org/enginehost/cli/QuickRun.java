package org.enginehost.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The common command lines {@code host [--engine ID] [--option K=V]... [--debug] run FILE
 * [ARGS...]} and {@code host [...] -c CODE [ARGS...]}, recognised without building picocli's
 * command model, which costs about 65 ms of every start (reflection over the annotated
 * commands). Anything else, or anything unusual in those forms (a repeated --engine, an option
 * value that looks like an option, a FILE or CODE starting with '-', an argument after -c CODE
 * that picocli would read as an option), is left to picocli, which then words the help and the
 * errors.
 */
final class QuickRun {
    final String engine;
    final Map<String, String> options;
    final boolean debug;
    /** The script to run, or null for -c. */
    final String file;
    /** The code of -c, or null for run. */
    final String code;
    final List<String> args;

    private QuickRun(String engine, Map<String, String> options, boolean debug, String file, String code,
            List<String> args) {
        this.engine = engine;
        this.options = options;
        this.debug = debug;
        this.file = file;
        this.code = code;
        this.args = args;
    }

    /** The command line's parts when it has the common form, else null. */
    static QuickRun parse(String[] argv) {
        String engine = null;
        Map<String, String> options = new LinkedHashMap<>();
        boolean debug = false;
        int i = 0;
        for (; i < argv.length && !argv[i].equals("run") && !argv[i].equals("-c"); i++) {
            String a = argv[i];
            String value;
            if (a.equals("--debug") && !debug) {
                debug = true;
                continue;
            } else if (a.startsWith("--engine=") || a.startsWith("--option=")) {
                value = a.substring(a.indexOf('=') + 1);
                a = a.substring(0, a.indexOf('='));
            } else if ((a.equals("--engine") || a.equals("--option")) && i + 1 < argv.length) {
                value = argv[++i];
            } else {
                return null;
            }
            if (value.isEmpty() || value.startsWith("-")) {
                return null;
            }
            if (a.equals("--engine")) {
                if (engine != null) {
                    return null;
                }
                engine = value;
            } else {
                int eq = value.indexOf('=');
                if (eq <= 0) {
                    return null;
                }
                options.put(value.substring(0, eq), value.substring(eq + 1));
            }
        }
        if (i + 1 >= argv.length || argv[i + 1].startsWith("-")) {
            return null;
        }
        List<String> rest = new ArrayList<>(List.of(argv).subList(i + 2, argv.length));
        if (argv[i].equals("run")) {
            return new QuickRun(engine, options, debug, argv[i + 1], null, rest);
        }
        for (String a : rest) {
            if (a.startsWith("-")) {
                return null; // picocli takes options after -c CODE as the host's own
            }
        }
        return new QuickRun(engine, options, debug, null, argv[i + 1], rest);
    }
}
