package org.framelens.report;

/**
 * Shutdown hooks for writers whose temporary files must go when the JVM is stopped (Ctrl-C,
 * {@code kill}) before they are moved into place. Adding or removing one while the JVM is
 * already shutting down is a no-op: the hook then runs, or finds the work done.
 */
final class ExitHooks {

  private ExitHooks() {
  }

  /** Registers {@code task} to run when the JVM stops; the hook, to {@link #remove} later. */
  static Thread add(String name, Runnable task) {
    Thread hook = new Thread(task, name);
    try {
      Runtime.getRuntime().addShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down: nothing will be committed anyway
    }
    return hook;
  }

  static void remove(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // shutting down: the hook runs and finds the work done
    }
  }
}
