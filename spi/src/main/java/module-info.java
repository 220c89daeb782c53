/**
 * The contract between Enginehost and its engines. Language-neutral: an engine for any language
 * fits it. Depends on nothing but the JDK, so that the host can hand it to every plugin from one
 * class loader.
 */
module org.enginehost.spi {
    exports org.enginehost.spi;
    uses org.enginehost.spi.Engine;
}
