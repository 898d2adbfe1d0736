/* test-command-line-estimate.c — bar-raiser --estimate, run as a user
 * would
 *
 * Runs the built program ($BAR_RAISER) with no display and no session bus:
 * the figures with their working as text and as JSON, the same in a German
 * locale, and a non-zero exit that names the key and what is wrong.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

#include "br-estimate.h"
#include "br-test-locale.h"

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

/* Runs bar-raiser with @args in @locale */
static void
run (Run                *result,
     const char         *locale,
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

  /* No display, no session bus: an estimate needs neither */
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "DBUS_SESSION_BUS_ADDRESS", "disabled:", TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", locale, TRUE);
  if (br_test_german_locale_path () != NULL)
    g_subprocess_launcher_setenv (launcher, "LOCPATH", br_test_german_locale_path (), TRUE);
  g_subprocess_launcher_setenv (launcher, "G_DEBUG", "fatal-warnings", TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  result->status = g_subprocess_get_exit_status (process);
  g_test_message ("exit %d, stderr: %s", result->status, result->err);
}

static const char * const contract[] = {
  "--estimate", "dau=100M", "actions=10", "read-write=100:1", "peak=3", "write-size=1KB",
  "read-size=10KB", "retention=5y", "replication=3", "capacity=2k", NULL
};

static const char * const contract_json[] = {
  "--estimate", "dau=100M", "actions=10", "read-write=100:1", "peak=3", "write-size=1KB",
  "read-size=10KB", "retention=5y", "replication=3", "--json", NULL
};

static void
test_text (void)
{
  g_autoptr(BrEstimate) estimate = br_estimate_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_auto(Run) r = { 0 };

  run (&r, "C.UTF-8", contract);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");

  /* The same estimate as the model's, with its working */
  g_assert_true (br_estimate_set_pairs (estimate, contract + 1, &error));
  expected = br_estimate_to_text (estimate);
  g_assert_cmpstr (r.out, ==, expected);
  g_assert_nonnull (strstr (r.out, "  peak-read-rps     34.4k/s   Peak reads per second\n"));
  g_assert_nonnull (strstr (r.out, "      100M users x 10 requests = 1B requests/day\n"));
  g_assert_nonnull (strstr (r.out, "      34.72k requests/s / 2k/s = 17.4, rounded up: 18 instances\n"));
}

static void
test_json (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) r = { 0 };
  JsonObject *root, *outputs, *read_rps, *inputs;
  JsonArray *working;

  run (&r, "C.UTF-8", contract_json);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");

  g_assert_true (json_parser_load_from_data (parser, r.out, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "bar-raiser-estimate");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);

  inputs = json_object_get_object_member (root, "inputs");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (inputs, "dau"), "text"), ==, "100M");
  g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (inputs, "dau"), "value"), ==, 1e8);
  g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (inputs, "read-write"), "reads"), ==, 100);
  g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (inputs, "retention"), "value"), ==, 1825);

  outputs = json_object_get_object_member (root, "outputs");
  g_assert_cmpuint (json_object_get_size (outputs), ==, BR_ESTIMATE_N_OUTPUTS);
  read_rps = json_object_get_object_member (outputs, "read-rps");
  /* 1e9 x 100/101 / 86,400, unrounded */
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (read_rps, "value"), 1e9 * 100 / 101 / 86400, 1e-9);
  g_assert_cmpstr (json_object_get_string_member (read_rps, "unit"), ==, "requests/s");
  g_assert_cmpstr (json_object_get_string_member (read_rps, "text"), ==, "11.5k/s");
  working = json_object_get_array_member (read_rps, "working");
  g_assert_cmpuint (json_array_get_length (working), ==, 3);
  g_assert_cmpstr (json_array_get_string_element (working, 0), ==, "100M users x 10 requests = 1B requests/day");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (outputs, "storage-total"), "text"),
                   ==, "54.2 TB");
  /* No capacity: no instances */
  g_assert_true (json_object_get_null_member (outputs, "instances"));
}

/* A German locale writes 1,5 for one and a half: the estimate must read
 * and print exactly as in C */
static void
test_german_locale (void)
{
  g_auto(Run) c_text = { 0 };
  g_auto(Run) de_text = { 0 };
  g_auto(Run) c_json = { 0 };
  g_auto(Run) de_json = { 0 };
  g_auto(Run) de_bad = { 0 };
  const char * const comma[] = { "--estimate", "dau=1,5k", NULL };
  g_autofree char *previous = NULL;

  /* Compiles the locale if the system lacks it, and checks it works */
  previous = g_strdup (setlocale (LC_ALL, NULL));
  if (!br_test_use_german_locale ())
    {
      g_test_skip ("No German locale, and localedef could not make one");
      return;
    }
  setlocale (LC_ALL, previous);

  run (&c_text, "C.UTF-8", contract);
  run (&de_text, "de_DE.UTF-8", contract);
  g_assert_cmpint (de_text.status, ==, 0);
  g_assert_cmpstr (de_text.out, ==, c_text.out);

  run (&c_json, "C.UTF-8", contract_json);
  run (&de_json, "de_DE.UTF-8", contract_json);
  g_assert_cmpint (de_json.status, ==, 0);
  g_assert_cmpstr (de_json.out, ==, c_json.out);

  /* "1,5k" is not one and a half thousand in German either */
  run (&de_bad, "de_DE.UTF-8", comma);
  g_assert_cmpint (de_bad.status, ==, 2);
  g_assert_nonnull (strstr (de_bad.err, "bar-raiser: dau=1,5k: "));
}

typedef struct {
  const char *args[12];
  const char *err;     /* stderr exactly, or its start when it ends in "…" */
} Bad;

static void
test_bad (void)
{
  static const Bad cases[] = {
    { { "--estimate", "dau=-5", "actions=10", "read-write=100:1", "peak=3", "write-size=1KB",
        "read-size=10KB", "retention=5y", "replication=3", NULL },
      "bar-raiser: dau=-5: “-5” is negative: it must be between 0 and 100B\n" },
    { { "--estimate", "dau=99999999999999999999", "actions=10", "read-write=100:1", "peak=3",
        "write-size=1KB", "read-size=10KB", "retention=5y", "replication=3", NULL },
      "bar-raiser: dau=99999999999999999999: “99999999999999999999” is too large: it must be between 0 and 100B\n" },
    { { "--estimate", "dau=100M", "actions=10", "read-write=100", "peak=3", "write-size=1KB",
        "read-size=10KB", "retention=1e9y", "replication=3", NULL },
      "bar-raiser: read-write=100: “100” is not a ratio: write reads:writes, as in 100:1, or the share of reads, as in 99%\n"
      "bar-raiser: retention=1e9y: “1e9y” is too large: it must be between 1 day and 100 years\n" },
    { { "--estimate", "dau=100M", NULL },
      "bar-raiser: actions: missing: requests per user per day, as in actions=10\n"
      "bar-raiser: read-write: missing: read:write ratio, as in read-write=100:1\n"
      "bar-raiser: peak: missing: peak factor, as in peak=3\n"
      "bar-raiser: write-size: missing: size of a written item, as in write-size=1KB\n"
      "bar-raiser: read-size: missing: size of a read response, as in read-size=10KB\n"
      "bar-raiser: retention: missing: retention, as in retention=5y\n"
      "bar-raiser: replication: missing: replication factor, as in replication=3\n" },
    { { "--estimate", "users=5", NULL },
      "bar-raiser: “users” is not an input; the inputs are dau, actions, read-write, peak, write-size, "
      "read-size, retention, replication, capacity\n" },
    { { "--estimate", "dau", NULL }, "bar-raiser: “dau” is not key=value, as in dau=100M\n" },
    { { "--estimate", "dau=1", "dau=2", NULL }, "bar-raiser: “dau” is given twice\n" },
    { { "--estimate", NULL }, "bar-raiser: --estimate takes the inputs as key=value: …" },
    { { "--json", NULL }, "bar-raiser: --json goes with --estimate or --review\n" },
    { { "--estimate", "--dark", "dau=1", NULL }, "bar-raiser: --estimate does not go with --export, …" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) r = { 0 };

      run (&r, "C.UTF-8", cases[i].args);
      g_assert_cmpint (r.status, ==, 2);
      g_assert_cmpstr (r.out, ==, "");
      if (g_str_has_suffix (cases[i].err, "…"))
        {
          g_autofree char *start = g_strndup (cases[i].err, strlen (cases[i].err) - strlen ("…"));

          g_assert_true (g_str_has_prefix (r.err, start));
        }
      else
        g_assert_cmpstr (r.err, ==, cases[i].err);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/command-line/estimate/text", test_text);
  g_test_add_func ("/command-line/estimate/json", test_json);
  g_test_add_func ("/command-line/estimate/german-locale", test_german_locale);
  g_test_add_func ("/command-line/estimate/bad-input", test_bad);

  return g_test_run ();
}
