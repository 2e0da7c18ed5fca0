// expect bytecode: CONF-CLS-004 java.lang.Class#forName
// expect source: CONF-CLS-004 java.lang.Class#forName
package hostile.forname_char_arithmetic;

public final class Escape {
    Object run() throws Exception {
        char[] name = {'j' , 'a', 'v', 'a', '.', 'l', 'a', 'n', 'g', '.', 'R', 'u', 'n', 't', 'i', 'm', 'e'};
        for (int i = 0; i < name.length; i++) {
            name[i] = (char) (name[i] + 1 - 1);
        }
        return Class.forName(new String(name));
    }
}
