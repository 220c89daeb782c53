package org.enginehost.testing.rpn;

import org.enginehost.spi.Engine;
import org.enginehost.spi.Source;
import org.enginehost.spi.tck.EngineContract;

/** The rpn engine holds to the same contract as the Python engines: the SPI is language-neutral. */
class RpnEngineContractTest extends EngineContract {

    @Override
    protected Engine engine() {
        return new RpnEngine();
    }

    @Override
    protected Source printing(String text) {
        return Source.of("print.rpn", "say " + text + "\n");
    }

    @Override
    protected Source failingAtLine2() {
        return Source.of("fail.rpn", "1 drop\nprint\n");
    }

    @Override
    protected Source syntaxError() {
        return Source.of("bad.rpn", "1 2 $\n");
    }

    @Override
    protected String answerExpression() {
        return "6 7 *";
    }

    @Override
    protected Object answer() {
        return 42.0;
    }

    @Override
    protected Object sampleValue() {
        return 2.5;
    }
}
