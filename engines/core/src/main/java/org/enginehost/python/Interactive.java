package org.enginehost.python;

import java.util.ArrayList;
import java.util.List;
import org.enginehost.python.ast.Module;
import org.enginehost.python.ast.Stmt;
import org.enginehost.python.code.CodeObject;
import org.enginehost.python.compiler.Compiler;
import org.enginehost.python.lexer.Token;
import org.enginehost.python.lexer.TokenKind;
import org.enginehost.python.lexer.Tokenizer;
import org.enginehost.python.parser.Parser;
import org.enginehost.python.parser.SyntaxErrorException;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.spi.Interpreter.Completeness;

/**
 * The interactive prompt's view of Python source (CPython's {@code 'single'} compile mode):
 * deciding whether the lines typed so far form a whole statement, and running an input so that
 * the value of each top-level expression statement is shown with {@code repr} and kept in
 * {@code builtins._}, as {@code sys.displayhook} does.
 *
 * <p>Known gap: CPython also shows expression statements nested in top-level compound
 * statements ({@code for i in range(3): i}); here only top-level ones are shown.
 */
final class Interactive {

    private Interactive() {
    }

    /** Whether {@code source} can run now, needs more lines, or is an error. */
    static Completeness checkComplete(String source, String filename) {
        String[] lines = source.split("\n", -1);
        boolean endsWithBlank = lines.length > 1 && lines[lines.length - 1].isBlank();
        Module module;
        try {
            module = Parser.parseModule(source, filename);
        } catch (SyntaxErrorException e) {
            return incomplete(e, lines, endsWithBlank) ? Completeness.INCOMPLETE : Completeness.INVALID;
        } catch (RuntimeException | StackOverflowError e) {
            return Completeness.INVALID; // running it reports the error (too deep: RecursionError)
        }
        if (endsWithBlank) {
            return Completeness.COMPLETE;
        }
        // A compound statement continues until an empty line, even when it already parses.
        for (Stmt s : module.body()) {
            if (!isSimple(s)) {
                return Completeness.INCOMPLETE;
            }
        }
        return Completeness.COMPLETE;
    }

    private static boolean incomplete(SyntaxErrorException e, String[] lines, boolean endsWithBlank) {
        String msg = e.msg;
        if (msg.startsWith("unterminated triple-quoted string literal") || msg.endsWith("was never closed")
                || msg.equals("unexpected EOF while parsing")) {
            return true;
        }
        int lastNonBlank = lines.length;
        while (lastNonBlank > 0 && lines[lastNonBlank - 1].isBlank()) {
            lastNonBlank--;
        }
        if (endsWithBlank || lastNonBlank == 0 || e.line < lastNonBlank) {
            return false;
        }
        // A block header with nothing after it yet, or a decorator waiting for its definition.
        String headerAt = "on line " + lastNonBlank;
        return (msg.startsWith("expected an indented block") && msg.endsWith(headerAt))
                || lines[lastNonBlank - 1].stripLeading().startsWith("@");
    }

    private static boolean isSimple(Stmt s) {
        return s instanceof Stmt.ExprStmt || s instanceof Stmt.Assign || s instanceof Stmt.AugAssign
                || s instanceof Stmt.AnnAssign || s instanceof Stmt.Break || s instanceof Stmt.Continue
                || s instanceof Stmt.Pass || s instanceof Stmt.Return || s instanceof Stmt.Global
                || s instanceof Stmt.Nonlocal || s instanceof Stmt.Raise || s instanceof Stmt.Assert
                || s instanceof Stmt.Import || s instanceof Stmt.ImportFrom || s instanceof Stmt.Delete;
    }

    /**
     * Runs {@code text} in {@code globals}. Top-level expression statements are compiled as
     * expressions and their values displayed; runs of other statements are compiled as module
     * code. Each piece keeps its line numbers, so tracebacks match the typed input.
     */
    static void run(PythonInterpreter interp, String text, String filename, PyDict globals, PyModule sys,
                    PyDict builtins) {
        Module module = Parser.parseModule(text, filename);
        List<Stmt> body = module.body();
        boolean anyExpression = false;
        for (Stmt s : body) {
            anyExpression |= s instanceof Stmt.ExprStmt;
        }
        if (!anyExpression) {
            interp.runCode(Compiler.compileModule(text, filename), globals);
            return;
        }
        int[] lineStarts = lineStarts(text);
        List<Token> tokens = Tokenizer.tokenize(text);
        int i = 0;
        while (i < body.size()) {
            Stmt s = body.get(i);
            int line = line(s);
            int start = lineStarts[line - 1] + col(s);
            String padding = "\n".repeat(line - 1);
            if (s instanceof Stmt.ExprStmt) {
                int end = expressionEnd(tokens, lineStarts, start, text.length());
                CodeObject code = Compiler.compileExpression(padding + text.substring(start, end), filename);
                display(interp.runCode(code, globals), sys, builtins);
                i++;
                continue;
            }
            int j = i;
            while (j < body.size() && !(body.get(j) instanceof Stmt.ExprStmt)) {
                j++;
            }
            int end = text.length();
            if (j < body.size()) {
                Stmt next = body.get(j);
                end = lineStarts[line(next) - 1] + col(next);
            }
            interp.runCode(Compiler.compileModule(padding + text.substring(start, end), filename), globals);
            i = j;
        }
    }

    /** sys.displayhook: show repr(value) unless it is None, and keep it as builtins._. */
    static void display(PyObject value, PyModule sys, PyDict builtins) {
        if (value == null || value == PyNone.NONE) {
            return;
        }
        PyStr underscore = new PyStr("_");
        builtins.put(underscore, PyNone.NONE);
        PyObject out = sys.dict.get(new PyStr("stdout"));
        out.getAttr("write").call(new PyObject[] {new PyStr(value.repr() + "\n")}, null);
        builtins.put(underscore, value);
    }

    /** Offset of the NEWLINE or ';' that ends the expression statement starting at {@code start}. */
    private static int expressionEnd(List<Token> tokens, int[] lineStarts, int start, int fallback) {
        for (Token t : tokens) {
            int at = offset(lineStarts, t.line(), t.col());
            if (at < start) {
                continue;
            }
            if (t.kind() == TokenKind.NEWLINE || t.kind() == TokenKind.ENDMARKER || t.isOp(";")) {
                return Math.min(at, fallback);
            }
        }
        return fallback;
    }

    private static int offset(int[] lineStarts, int line, int col) {
        if (line - 1 >= lineStarts.length) {
            return Integer.MAX_VALUE;
        }
        return lineStarts[line - 1] + col;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                starts.add(k + 1);
            }
        }
        int[] out = new int[starts.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = starts.get(k);
        }
        return out;
    }

    private static int line(Stmt s) {
        return s.line();
    }

    private static int col(Stmt s) {
        return s.col();
    }
}
