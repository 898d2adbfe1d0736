/* test-command-line-review.c — bar-raiser --review, run as a user would
 *
 * Runs the built program ($BAR_RAISER) with no display and no session bus
 * on the review fixture boards (tests/data/review/): the review as text
 * and as JSON, from a .brboard and from an .excalidraw drawing, and the
 * exit statuses: 0 when it ran, 1 for a file it cannot read, 2 for a wrong
 * option, 3 with --fail-on when a finding of that severity exists.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "br-board-file.h"
#include "br-excalidraw.h"

typedef struct {
  int status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run (Run                *result,
     const char * const *args)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *program = g_getenv ("BAR_RAISER");

  g_assert_nonnull (program);
  g_ptr_array_add (argv, (char *) program);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "DBUS_SESSION_BUS_ADDRESS", "disabled:", TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_setenv (launcher, "G_DEBUG", "fatal-warnings", TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  result->status = g_subprocess_get_exit_status (process);
  g_test_message ("exit %d, stderr: %s", result->status, result->err);
}

static char *
fixture (const char *name)
{
  g_autofree char *file = g_strconcat (name, ".brboard", NULL);

  return g_test_build_filename (G_TEST_DIST, "data", "review", file, NULL);
}

static void
test_text (void)
{
  g_autofree char *board = fixture ("clean");
  g_auto(Run) result = { 0 };

  run (&result, (const char *[]) { "--review", board, NULL });
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.err, ==, "");
  g_assert_nonnull (strstr (result.out, "Orders Service x3 (service)"));
  g_assert_nonnull (strstr (result.out, "load at peak: 1.8k/s reads, 200/s writes; 3 replicas at 33% of capacity"));
  g_assert_nonnull (strstr (result.out, "Redis (cache)"));
  g_assert_nonnull (strstr (result.out, "Aurora (sql-database, managed)"));
  g_assert_nonnull (strstr (result.out, "Break point: 3x today's peak: Orders Service x3 requests"));
  g_assert_nonnull (strstr (result.out, "Findings:\n  none\n"));
}

static void
test_json (void)
{
  g_autofree char *board = fixture ("over-capacity");
  g_auto(Run) result = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *svc = NULL, *users = NULL;
  JsonArray *components, *findings;
  gboolean found = FALSE;

  run (&result, (const char *[]) { "--review", board, "--json", "--load-multiplier", "0.5", NULL });
  g_assert_cmpint (result.status, ==, 0);
  json_parser_load_from_data (parser, result.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "bar-raiser-review");
  g_assert_cmpfloat (json_object_get_double_member (root, "multiplier"), ==, 0.5);

  components = json_object_get_array_member (root, "components");
  for (guint i = 0; i < json_array_get_length (components); i++)
    {
      JsonObject *component = json_array_get_object_element (components, i);

      if (g_str_equal (json_object_get_string_member (component, "id"), "svc"))
        svc = component;
    }
  g_assert_nonnull (svc);
  /* 1,000 requests/s: 900 reads, 100 writes, at half of a peak of 2 */
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (svc, "read_load"), 900, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (svc, "write_load"), 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (svc, "utilization"), 1000.0 / 900.0, 1e-9);
  g_assert_true (json_object_get_boolean_member (svc, "saturated"));
  g_assert_true (json_object_get_null_member (svc, "p99_ms"));

  users = json_array_get_object_element (json_object_get_array_member (root, "clients"), 0);
  g_assert_cmpstr (json_object_get_string_member (users, "id"), ==, "users");
  g_assert_true (json_object_get_boolean_member (users, "saturated"));
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (users, "failing"), 0.1, 1e-9);

  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "break_point"), "component"),
                   ==, "svc");
  findings = json_object_get_array_member (root, "findings");
  for (guint i = 0; i < json_array_get_length (findings); i++)
    {
      JsonObject *finding = json_array_get_object_element (findings, i);

      if (g_str_equal (json_object_get_string_member (finding, "id"), "over-capacity"))
        {
          found = TRUE;
          g_assert_cmpstr (json_object_get_string_member (finding, "severity"), ==, "error");
          g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (finding, "items"), 0),
                           ==, "svc");
          g_assert_nonnull (json_object_get_string_member (finding, "question"));
        }
    }
  g_assert_true (found);
}

/* A board with an estimate note: the review is the same (the note is no
 * component), followed by the estimate's inputs and key figures */
static void
test_estimate (void)
{
  g_autofree char *board = fixture ("estimate-note");
  g_autofree char *clean = fixture ("clean");
  g_auto(Run) text = { 0 };
  g_auto(Run) clean_text = { 0 };
  g_auto(Run) json = { 0 };
  g_auto(Run) clean_json = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *estimates;
  JsonObject *estimate, *inputs, *outputs, *peak;

  run (&text, (const char *[]) { "--review", board, NULL });
  run (&clean_text, (const char *[]) { "--review", clean, NULL });
  g_assert_cmpint (text.status, ==, 0);
  g_assert_true (g_str_has_prefix (text.out, clean_text.out));
  g_assert_cmpstr (text.out + strlen (clean_text.out), ==,
                   "\n"
                   "Estimate sizing:\n"
                   "  inputs: dau=100M actions=10 read-write=100:1 peak=3 write-size=1KB read-size=10KB "
                   "retention=5y replication=3\n"
                   "  peak-read-rps:    34.4k/s\n"
                   "  peak-write-rps:   344/s\n"
                   "  storage-total:    54.2 TB\n"
                   "  egress:           115 MB/s\n"
                   "  peak-egress:      344 MB/s\n");

  run (&json, (const char *[]) { "--review", board, "--json", NULL });
  g_assert_cmpint (json.status, ==, 0);
  json_parser_load_from_data (parser, json.out, -1, &error);
  g_assert_no_error (error);
  estimates = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "estimates");
  g_assert_cmpuint (json_array_get_length (estimates), ==, 1);
  estimate = json_array_get_object_element (estimates, 0);
  g_assert_cmpstr (json_object_get_string_member (estimate, "id"), ==, "sizing");
  inputs = json_object_get_object_member (estimate, "inputs");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (inputs, "dau"), "text"), ==, "100M");
  g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (inputs, "dau"), "value"), ==, 1e8);
  outputs = json_object_get_object_member (estimate, "outputs");
  peak = json_object_get_object_member (outputs, "peak-read-rps");
  g_assert_cmpstr (json_object_get_string_member (peak, "text"), ==, "34.4k/s");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (peak, "value"), 1e9 * 100 / 101 / 86400 * 3, 1e-6);
  g_assert_true (json_object_get_null_member (outputs, "instances"));

  /* A board without notes has none */
  g_clear_object (&parser);
  parser = json_parser_new ();
  run (&clean_json, (const char *[]) { "--review", clean, "--json", NULL });
  json_parser_load_from_data (parser, clean_json.out, -1, &error);
  g_assert_no_error (error);
  estimates = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "estimates");
  g_assert_cmpuint (json_array_get_length (estimates), ==, 0);
}

/* The same board as an Excalidraw drawing, its properties in customData */
static void
test_excalidraw (void)
{
  g_autofree char *path = fixture ("clean");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) board = br_board_new_from_file (file, NULL, &error);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *dir = g_dir_make_tmp ("review-XXXXXX", &error);
  g_autofree char *drawing = NULL;
  g_auto(Run) text = { 0 };
  g_auto(Run) native = { 0 };

  g_assert_no_error (error);
  bytes = br_excalidraw_to_bytes (board);
  drawing = g_build_filename (dir, "clean.excalidraw", NULL);
  g_file_set_contents (drawing, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);

  run (&text, (const char *[]) { "--review", drawing, NULL });
  run (&native, (const char *[]) { "--review", path, NULL });
  g_assert_cmpint (text.status, ==, 0);
  g_assert_cmpstr (text.out, ==, native.out);

  g_remove (drawing);
  g_rmdir (dir);
}

static void
test_exit_status (void)
{
  g_autofree char *clean = fixture ("clean");
  g_autofree char *error_board = fixture ("client-to-database");
  g_autofree char *warning_board = fixture ("cache-expiry");
  g_autofree char *info_board = fixture ("unlabeled-arrow");
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "board", "bad", "trailing-garbage.brboard", NULL);
  static const struct { const char *board; const char *fail_on; int status; } cases[] = {
    { "clean", "warning", 0 }, { "clean", "error", 0 },
    { "error", "error", 3 }, { "error", "warning", 3 },
    { "warning", "warning", 3 }, { "warning", "error", 0 },
    { "info", "warning", 0 }, { "info", NULL, 0 }, { "error", NULL, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *board = g_str_equal (cases[i].board, "clean") ? clean
                          : g_str_equal (cases[i].board, "error") ? error_board
                          : g_str_equal (cases[i].board, "warning") ? warning_board : info_board;
      g_auto(Run) result = { 0 };

      if (cases[i].fail_on != NULL)
        run (&result, (const char *[]) { "--review", board, "--fail-on", cases[i].fail_on, NULL });
      else
        run (&result, (const char *[]) { "--review", board, NULL });
      g_assert_cmpint (result.status, ==, cases[i].status);
    }

  {
    g_auto(Run) result = { 0 };

    run (&result, (const char *[]) { "--review", "/nonexistent/board.brboard", NULL });
    g_assert_cmpint (result.status, ==, 1);
    g_assert_true (g_str_has_prefix (result.err, "bar-raiser: "));
    g_assert_cmpstr (result.out, ==, "");
  }
  {
    g_auto(Run) result = { 0 };

    run (&result, (const char *[]) { "--review", bad, NULL });
    g_assert_cmpint (result.status, ==, 1);
    g_assert_nonnull (strstr (result.err, "trailing-garbage.brboard"));
  }
  {
    g_auto(Run) result = { 0 };

    run (&result, (const char *[]) { "--review", clean, "--load-multiplier", "1000", NULL });
    g_assert_cmpint (result.status, ==, 2);
    g_assert_cmpstr (result.err, ==,
                     "bar-raiser: --load-multiplier must be a number from 0.1 to 100, as in 2.5: “1000”\n");
  }
  {
    g_auto(Run) result = { 0 };

    run (&result, (const char *[]) { "--review", clean, "--fail-on", "info", NULL });
    g_assert_cmpint (result.status, ==, 2);
    g_assert_cmpstr (result.err, ==, "bar-raiser: --fail-on must be “warning” or “error”: “info”\n");
  }
  {
    g_auto(Run) result = { 0 };

    run (&result, (const char *[]) { "--fail-on", "error", clean, NULL });
    g_assert_cmpint (result.status, ==, 2);
    g_assert_cmpstr (result.err, ==, "bar-raiser: --load-multiplier and --fail-on go with --review\n");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/command-line/review/text", test_text);
  g_test_add_func ("/command-line/review/json", test_json);
  g_test_add_func ("/command-line/review/estimate", test_estimate);
  g_test_add_func ("/command-line/review/excalidraw", test_excalidraw);
  g_test_add_func ("/command-line/review/exit-status", test_exit_status);

  return g_test_run ();
}
