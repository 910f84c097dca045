package io.hololoom.core.cache;

import org.junit.jupiter.api.Test;

class NoCacheTest extends CacheContractTest {
    @Override
    String name() {
        return NoCacheProvider.NAME;
    }

    @Override
    boolean stores() {
        return false;
    }

    @Override
    @Test
    void rejectsNullKeysOnGet() {
        super.rejectsNullKeysOnGet();
    }
}
