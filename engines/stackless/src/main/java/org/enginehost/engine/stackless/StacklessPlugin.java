package org.enginehost.engine.stackless;

import org.pf4j.Plugin;

/** PF4J's entry point for the stackless plugin jar. The engine needs no start-up work. */
public final class StacklessPlugin extends Plugin {
}
