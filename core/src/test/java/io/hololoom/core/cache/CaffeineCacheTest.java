package io.hololoom.core.cache;

class CaffeineCacheTest extends CacheContractTest {
    @Override
    String name() {
        return CaffeineCacheProvider.NAME;
    }
}
