package org.chronoline.beam;

import java.io.Serializable;
import org.chronoline.Chronoline;

/**
 * Makes the {@link Chronoline} engine a worker uses. The engine itself is not serializable; this
 * factory is shipped to the workers instead (so a lambda may capture only serializable values), and
 * each worker calls it once, when its function is set up, not once per element.
 *
 * <pre>{@code
 * StoryTimelines.create().withEngine(
 *         () -> Chronoline.builder().limits(Limits.DEFAULTS.withMaxArticleLength(500_000)).build())
 * }</pre>
 */
@FunctionalInterface
public interface EngineFactory extends Serializable {

    /** A new engine. */
    Chronoline create();

    /** The engine with every default, {@link Chronoline#create()}. */
    static EngineFactory defaults() {
        return Chronoline::create;
    }
}
