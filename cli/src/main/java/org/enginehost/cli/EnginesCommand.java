package org.enginehost.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.enginehost.host.EngineHost;
import org.enginehost.host.LoadProblem;
import org.enginehost.host.LoadedEngine;
import org.enginehost.spi.Capability;
import org.enginehost.spi.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code host engines}: what is installed, where it came from, and what failed to load. */
@Command(name = "engines", mixinStandardHelpOptions = true,
        description = "List the available engines and every problem found while loading them.")
final class EnginesCommand implements Callable<Integer> {

    @ParentCommand
    private HostCommand root;

    @Override
    public Integer call() {
        PrintStream out = root.terminal().out();
        try (EngineHost host = root.openHost()) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"ID", "VERSION", "LANGUAGE", "CAPABILITIES", "SOURCE"});
            for (LoadedEngine loaded : host.engines()) {
                rows.add(row(loaded));
            }
            if (host.engines().isEmpty()) {
                out.println("no engines found" + (root.pluginsDirectory() == null
                        ? " (no plugins directory: use --plugins DIR or HOST_PLUGINS)" : ""));
            } else {
                printTable(out, rows);
            }
            List<LoadProblem> problems = host.problems();
            if (!problems.isEmpty()) {
                out.println();
                out.println("Problems (" + problems.size() + "):");
                for (LoadProblem p : problems) {
                    out.println("  " + p.source());
                    out.println("    " + p.reason());
                    if (root.debug() && p.cause() != null) {
                        p.cause().printStackTrace(out);
                    }
                }
            }
        }
        return 0;
    }

    private static String[] row(LoadedEngine loaded) {
        Engine e = loaded.engine();
        String caps = e.capabilities().isEmpty() ? "-"
                : e.capabilities().stream().sorted().map(Capability::displayName).collect(Collectors.joining(","));
        String language = e.languageVersion().isEmpty() ? e.language() : e.language() + " " + e.languageVersion();
        return new String[] {e.id(), e.version(), language, caps, loaded.origin().toString()};
    }

    private static void printTable(PrintStream out, List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(r[i]);
                if (i < columns - 1) {
                    line.append(" ".repeat(width[i] - r[i].length() + 2));
                }
            }
            out.println(line);
        }
    }
}
