package com.example.unitconvert;

import io.hololoom.api.plugin.ToolProvider;
import io.hololoom.testkit.ToolContractTest;

/** The contract every HoloLoom tool keeps, from hololoom-testkit. */
class UnitConvertToolContractTest extends ToolContractTest {
    @Override
    protected ToolProvider provider() {
        return new UnitConvertToolProvider();
    }

    @Override
    protected String expectedName() {
        return "unit-convert";
    }

    @Override
    protected String workingQuery() {
        return "convert 10 km to miles";
    }
}
