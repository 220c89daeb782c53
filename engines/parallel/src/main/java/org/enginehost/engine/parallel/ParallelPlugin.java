package org.enginehost.engine.parallel;

import org.pf4j.Plugin;

/** PF4J's entry point for the parallel plugin jar. The engine needs no start-up work. */
public final class ParallelPlugin extends Plugin {
}
