// expect bytecode: CONF-BC-007 dev.pincer.spi.Escape
// expect source: none (the package name is checked on the class file, CONF-BC-007)
package dev.pincer.spi;

public final class Escape {
    public static String run() {
        return "pretends to be part of the SPI";
    }
}
