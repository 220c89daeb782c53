package org.enginehost.engine.baseline;

import org.pf4j.Plugin;

/** PF4J's entry point for the baseline plugin jar. The engine needs no start-up work. */
public final class BaselinePlugin extends Plugin {
}
