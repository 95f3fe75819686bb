package org.opsbench.cases.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Id lists for IN conditions: databases limit how long one may be, so long lists go a chunk at a time. */
public final class Ids {

    /** Ids per IN list. */
    public static final int CHUNK = 500;

    private Ids() {
    }

    /** @return the ids in consecutive chunks of at most {@value #CHUNK} */
    public static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return chunks;
    }

    /** @return "?,?,...": one JDBC parameter per id */
    public static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }
}
