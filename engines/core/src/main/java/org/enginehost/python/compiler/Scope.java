package org.enginehost.python.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enginehost.python.runtime.TypeFactory;

/** One scope (module, function or lambda) with the resolved kind of every name used in it. */
public final class Scope {
    public enum Kind { MODULE, FUNCTION, CLASS }

    /** How a name is accessed in this scope. */
    public enum Access { LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL, NAME }

    static final int DEF_LOCAL = 1;
    static final int DEF_PARAM = 2;
    static final int DEF_GLOBAL = 4;
    static final int DEF_NONLOCAL = 8;
    static final int USE = 16;
    /** Bound by a walrus inside a comprehension: lives in the enclosing function or module. */
    static final int DEF_COMP_TARGET = 32;

    public final Kind kind;
    public final String name;
    public final Scope parent;
    final List<Scope> children = new ArrayList<>();
    /** Flags per name, in order of first appearance. */
    final Map<String, Integer> flags = new LinkedHashMap<>();
    final Map<String, Access> access = new LinkedHashMap<>();
    /** A list/set/dict comprehension or generator expression scope. */
    public boolean comprehension;
    /** Contains yield (a generator function or generator expression). */
    public boolean generator;
    /** An {@code async def}. */
    public boolean coroutine;
    /** Parameter names in CPython's varnames order. */
    final List<String> params = new ArrayList<>();

    /**
     * The class whose private names ({@code __x}) this scope's code mangles: the class itself for
     * a class body, the enclosing one for functions, lambdas and comprehensions; null outside
     * classes.
     */
    final String privateName;

    Scope(Kind kind, String name, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        this.privateName = kind == Kind.CLASS ? name : parent == null ? null : parent.privateName;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    /** {@code n} as this scope's code means it: a private name gets its class's prefix ({@code _Cls__x}). */
    String mangle(String n) {
        return privateName == null ? n : TypeFactory.privateName(privateName, n);
    }

    void add(String n, int flag) {
        flags.merge(n, flag, (a, b) -> a | b);
    }

    int flagsOf(String n) {
        return flags.getOrDefault(n, 0);
    }

    /** The resolved access of {@code n}; names never seen default to global (or NAME at module level). */
    public Access accessOf(String n) {
        Access a = access.get(n);
        if (a != null) {
            return a;
        }
        return kind == Kind.MODULE ? Access.NAME : Access.GLOBAL_IMPLICIT;
    }

    public boolean isFunction() {
        return kind == Kind.FUNCTION;
    }

    /** Local variable names: parameters first, then other locals in order of appearance. */
    public List<String> varnames() {
        List<String> out = new ArrayList<>(params);
        for (Map.Entry<String, Access> e : access.entrySet()) {
            if ((e.getValue() == Access.LOCAL) && !out.contains(e.getKey())) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    public List<String> cellvars() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Access> e : access.entrySet()) {
            if (e.getValue() == Access.CELL) {
                out.add(e.getKey());
            }
        }
        out.sort(null);
        return out;
    }

    public List<String> freevars() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Access> e : access.entrySet()) {
            if (e.getValue() == Access.FREE) {
                out.add(e.getKey());
            }
        }
        out.sort(null);
        return out;
    }
}
