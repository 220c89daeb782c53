package org.enginehost.python.ast;

import java.util.List;

/** A parsed file. */
public record Module(List<Stmt> body) {
}
