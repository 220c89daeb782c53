package org.enginehost.engine.stackless;

import org.enginehost.python.contract.PythonEngineContract;
import org.enginehost.spi.Engine;

/** The stackless engine against the SPI's engine contract. */
class StacklessEngineContractTest extends PythonEngineContract {

    @Override
    protected Engine engine() {
        return new StacklessEngine();
    }
}
