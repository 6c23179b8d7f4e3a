package org.chronoline.model;

import java.util.List;

/** String helpers of the model. */
final class Strings {
    private Strings() {
    }

    /** The list with every string replaced by its {@link String#intern() shared instance}. */
    static List<String> interned(List<String> strings) {
        String[] out = new String[strings.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = strings.get(i).intern();
        }
        return List.of(out);
    }
}
