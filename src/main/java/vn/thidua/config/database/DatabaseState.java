package vn.thidua.config.database;

/** Whether the app's database is being started again (the embedded one only). */
public interface DatabaseState {

	/** An external database, or an embedded one that runs. */
	DatabaseState RUNNING = () -> false;

	boolean isRestarting();

}
