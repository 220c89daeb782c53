package org.enginehost.python.runtime;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The ownership rules a parallel worker runs under: main's containers are off limits, but the
 * builtin types' namespaces belong to the process (a class initialiser that adds its type's
 * methods may first run on a worker, after main has already filled other methods in).
 */
class OwnershipTest {
    private final Object worker = new Object();

    @AfterEach
    void backToMain() {
        Ownership.enterWorker(null);
        Ownership.active = false;
    }

    @Test
    void aWorkerMayAddToABuiltinTypesNamespaceThatMainCreated() {
        PyType t = PyType.builtin("ownership_probe", null);
        t.addMethod("first", (a, k) -> PyNone.NONE); // on main: the namespace exists now
        Ownership.active = true;
        Ownership.enterWorker(worker);
        assertDoesNotThrow(() -> t.addMethod("second", (a, k) -> PyNone.NONE));
        assertEquals(2, t.dict().len());
    }

    @Test
    void aWorkerMayNotChangeAContainerOfMain() {
        PyDict mains = new PyDict();
        Ownership.active = true;
        Ownership.enterWorker(worker);
        PyException e = assertThrows(PyException.class, () -> mains.put(new PyStr("k"), PyNone.NONE));
        assertEquals("SharingError", e.value.getType().name);
        PyDict own = new PyDict();
        assertDoesNotThrow(() -> own.put(new PyStr("k"), PyNone.NONE));
    }
}
