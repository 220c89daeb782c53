package org.enginehost.engine.parallel;

import org.enginehost.python.contract.PythonEngineContract;
import org.enginehost.spi.Engine;

/** PythonEngineContract on the parallel engine (its main interpreter behaves like baseline). */
class ParallelEngineContractTest extends PythonEngineContract {
    @Override
    protected Engine engine() {
        return new ParallelEngine();
    }
}
