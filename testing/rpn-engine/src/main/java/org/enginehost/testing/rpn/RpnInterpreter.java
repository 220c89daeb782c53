package org.enginehost.testing.rpn;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.enginehost.spi.Interpreter;
import org.enginehost.spi.InterpreterConfig;
import org.enginehost.spi.ScriptException;
import org.enginehost.spi.Source;

/**
 * Words: numbers push a double; {@code + - * /} combine the top two; {@code dup}, {@code drop},
 * {@code swap}; {@code print} pops and prints; {@code say TEXT} prints the rest of the line;
 * {@code =name} pops into a variable and a bare name pushes it; {@code #} starts a comment.
 * A word that is none of these is a syntax error, found before anything runs.
 */
final class RpnInterpreter implements Interpreter {

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, Double> variables = new HashMap<>();
    private final Deque<Double> stack = new ArrayDeque<>();
    private volatile boolean cancelled;
    private boolean closed;

    RpnInterpreter(InterpreterConfig config) {
        this.out = new PrintStream(config.stdout(), true, StandardCharsets.UTF_8);
        this.err = new PrintStream(config.stderr(), true, StandardCharsets.UTF_8);
    }

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("=?[A-Za-z_][A-Za-z0-9_]*");
    private static final java.util.Set<String> OPERATORS = java.util.Set.of("+", "-", "*", "/");

    @Override
    public void exec(Source source) {
        checkOpen();
        cancelled = false;
        String[] lines = source.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            check(words(lines[i]), source, i + 1);
        }
        for (int i = 0; i < lines.length; i++) {
            String[] words = words(lines[i]);
            for (int w = 0; w < words.length; w++) {
                if (cancelled) {
                    throw error(ScriptException.Kind.CANCELLED, "Cancelled", "cancelled", source, i + 1);
                }
                if (words[w].equals("say")) {
                    out.println(lines[i].trim().substring(3).trim());
                    break;
                }
                step(words[w], source, i + 1);
            }
        }
    }

    private static String[] words(String line) {
        int hash = line.indexOf('#');
        String code = (hash >= 0 ? line.substring(0, hash) : line).trim();
        return code.isEmpty() ? new String[0] : code.split("\\s+");
    }

    private static void check(String[] words, Source source, int line) {
        for (String word : words) {
            if (word.equals("say")) {
                return;
            }
            if (!OPERATORS.contains(word) && !NAME.matcher(word).matches() && !isNumber(word)) {
                throw error(ScriptException.Kind.SYNTAX_ERROR, "SyntaxError", "unknown word '" + word + "'", source, line);
            }
        }
    }

    private static boolean isNumber(String word) {
        try {
            Double.parseDouble(word);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void step(String word, Source source, int line) {
        switch (word) {
            case "+" -> binary((a, b) -> a + b, source, line);
            case "-" -> binary((a, b) -> a - b, source, line);
            case "*" -> binary((a, b) -> a * b, source, line);
            case "/" -> {
                if (stack.size() >= 2 && stack.peek() == 0.0) {
                    throw error(ScriptException.Kind.ERROR, "DivisionByZero", "division by zero", source, line);
                }
                binary((a, b) -> a / b, source, line);
            }
            case "dup" -> {
                double top = pop(source, line, word);
                stack.push(top);
                stack.push(top);
            }
            case "drop" -> pop(source, line, word);
            case "swap" -> {
                double b = pop(source, line, word);
                double a = pop(source, line, word);
                stack.push(b);
                stack.push(a);
            }
            case "print" -> out.println(format(pop(source, line, word)));
            default -> {
                if (word.startsWith("=") && word.length() > 1) {
                    variables.put(word.substring(1), pop(source, line, word));
                } else if (isNumber(word)) {
                    stack.push(Double.parseDouble(word));
                } else if (variables.containsKey(word)) {
                    stack.push(variables.get(word));
                } else {
                    throw error(ScriptException.Kind.ERROR, "NameError", "'" + word + "' is not set", source, line);
                }
            }
        }
    }

    private interface Op {
        double apply(double a, double b);
    }

    private void binary(Op op, Source source, int line) {
        double b = pop(source, line, "operator");
        double a = pop(source, line, "operator");
        stack.push(op.apply(a, b));
    }

    private double pop(Source source, int line, String word) {
        if (stack.isEmpty()) {
            throw error(ScriptException.Kind.ERROR, "StackUnderflow", "'" + word + "' needs a value", source, line);
        }
        return stack.pop();
    }

    private static String format(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static ScriptException error(ScriptException.Kind kind, String type, String message, Source source, int line) {
        String text = source.name() + ":" + line + ": " + type + ": " + message + "\n";
        return new ScriptException(kind, type, message,
                List.of(new ScriptException.StackEntry(source.name(), line, "<top>")), text, 1);
    }

    @Override
    public Object eval(String expression) {
        int depth = stack.size();
        exec(Source.of("<eval>", expression));
        if (stack.size() != depth + 1) {
            throw error(ScriptException.Kind.ERROR, "BadExpression", "an expression must leave exactly one value",
                    Source.of("<eval>", expression), 1);
        }
        return stack.pop();
    }

    @Override
    public int run(Source script, List<String> argv) {
        try {
            exec(script);
            return 0;
        } catch (ScriptException e) {
            err.print(e.formatted());
            return e.exitStatus();
        }
    }

    @Override
    public Object get(String name) {
        checkOpen();
        return variables.get(name);
    }

    @Override
    public void set(String name, Object value) {
        checkOpen();
        if (!(value instanceof Number n)) {
            throw new IllegalArgumentException("rpn variables hold numbers only, not " + value);
        }
        variables.put(name, n.doubleValue());
    }

    @Override
    public Object call(String name, Object... args) {
        throw new UnsupportedOperationException("the rpn language has no functions to call");
    }

    @Override
    public void cancel() {
        cancelled = true;
    }

    @Override
    public void close() {
        closed = true;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("interpreter is closed");
        }
    }
}
