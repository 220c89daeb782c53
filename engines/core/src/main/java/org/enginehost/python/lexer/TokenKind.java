package org.enginehost.python.lexer;

/** Kinds of tokens. Keywords are NAME tokens; the parser tells them apart. */
public enum TokenKind {
    NAME,
    INT,
    FLOAT,
    IMAGINARY,
    STRING,
    /** An operator or delimiter; the token's text says which. */
    OP,
    NEWLINE,
    INDENT,
    DEDENT,
    ENDMARKER,
    /** A lexical error; the parser raises it when it reaches it. */
    ERROR
}
