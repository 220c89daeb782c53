package org.enginehost.engine.baseline;

import org.enginehost.python.contract.PythonEngineContract;
import org.enginehost.spi.Engine;

/** The baseline engine against the SPI's engine contract. */
class BaselineEngineContractTest extends PythonEngineContract {

    @Override
    protected Engine engine() {
        return new BaselineEngine();
    }
}
