package io.academichub.store;

import io.academichub.testing.PaperStoreContract;

/** {@link InMemoryPaperStore} keeps the {@link PaperStore} contract. */
class InMemoryPaperStoreContractTest implements PaperStoreContract {

    @Override
    public PaperStore newStore() {
        return new InMemoryPaperStore();
    }
}
