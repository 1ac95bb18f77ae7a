package org.unmiss.kit.demo;

/**
 * A service's synthetic demo data set, loaded by the kit's one trigger ({@link KitDemoDataAutoConfiguration})
 * when the one switch {@code unmiss.demo-data.enabled} is on, which only the development profile
 * ({@code local}, what {@code ./platform up} runs) does. The contract every loader keeps:
 * <ul>
 *   <li>it writes only into collections that are empty, so a restart, or a mission's real data, is
 *       never added to or overwritten;</li>
 *   <li>it is deterministic (fixed seed, fixed reference days), so every fresh platform shows the same;</li>
 *   <li>everything it writes is synthetic and marked so (recorded by {@code demo-data}, made-up names);</li>
 *   <li>it moves the reference-number counters past the numbers it used, so new records do not collide.</li>
 * </ul>
 * It runs once the application is ready (after every start-up runner, so reference data is in
 * place), on the main thread: the service reports ready only once it is loaded.
 */
public interface DemoLoader {

    /** What it loads, for the log, e.g. {@code "2000 synthetic human rights cases"}. */
    String name();

    /** Loads into what is still empty; does nothing when everything already holds records. */
    void loadIfEmpty();
}
