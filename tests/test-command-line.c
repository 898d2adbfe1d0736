/* test-command-line.c — bar-raiser --export, run as a user would
 *
 * Runs the built program ($BAR_RAISER) with no display and no session bus:
 * good boards give images that read back, bad input a non-zero exit and a
 * message that names the file and the problem.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "br-board-export.h"
#include "br-excalidraw.h"
#include "br-board-file.h"

static char *tmp_dir;

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
run (Run        *result,
     const char *first_arg,
     ...)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *program = g_getenv ("BAR_RAISER");
  va_list args;

  g_assert_nonnull (program);
  g_ptr_array_add (argv, (char *) program);
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  /* No display, no session bus: an export needs neither */
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
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static char *
data_path (const char *first,
           ...)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  g_ptr_array_add (parts, (char *) g_test_get_dir (G_TEST_DIST));
  g_ptr_array_add (parts, "data");
  va_start (args, first);
  for (const char *part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (char *) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);
  return g_build_filenamev ((char **) parts->pdata);
}

static GBytes *
load (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static BrBoard *
load_board (const char *path)
{
  g_autoptr(GBytes) bytes = load (path);
  g_autoptr(GError) error = NULL;
  BrBoard *board = br_board_parse (bytes, &error);

  g_assert_no_error (error);
  return board;
}

static guint32
png_width (GBytes *png)
{
  const guint8 *data = g_bytes_get_data (png, NULL);

  g_assert_cmpuint (g_bytes_get_size (png), >, 24);
  return ((guint32) data[16] << 24) | ((guint32) data[17] << 16) | ((guint32) data[18] << 8) | data[19];
}

static void
assert_holds_board (GBytes  *image,
                    BrBoard *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) found = br_board_export_extract (image, &error);
  g_autoptr(GBytes) a = br_board_to_bytes (expected);
  g_autoptr(GBytes) b = NULL;

  g_assert_no_error (error);
  b = br_board_to_bytes (found);
  g_assert_true (g_bytes_equal (a, b));
}

static void
test_good (void)
{
  g_autofree char *input = data_path ("board", "good", "all-kinds.brboard", NULL);
  g_autoptr(BrBoard) board = load_board (input);
  g_autofree char *png = tmp_path ("board.png");
  g_autofree char *png2 = tmp_path ("board-2x.PNG");
  g_autofree char *svg = tmp_path ("board.svg");
  g_autofree char *pdf = tmp_path ("board.pdf");
  g_autofree char *from_image = tmp_path ("again.svg");

  {
    g_auto(Run) r = { 0 };
    g_autoptr(GBytes) bytes = NULL;

    run (&r, "--export", png, input, NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.err, ==, "");
    bytes = load (png);
    assert_holds_board (bytes, board);
  }
  {
    g_auto(Run) r = { 0 };
    g_autoptr(GBytes) one = load (png);
    g_autoptr(GBytes) two = NULL;

    run (&r, "--scale", "2", "--dark", "--transparent", "--export", png2, input, NULL);
    g_assert_cmpint (r.status, ==, 0);
    two = load (png2);
    g_assert_cmpuint (png_width (two), ==, 2 * png_width (one));
    assert_holds_board (two, board);
  }
  {
    g_auto(Run) r = { 0 };
    g_autoptr(GBytes) bytes = NULL;

    run (&r, "-e", svg, input, NULL);
    g_assert_cmpint (r.status, ==, 0);
    bytes = load (svg);
    g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), ">Order service</tspan>"));
    assert_holds_board (bytes, board);
  }
  {
    g_auto(Run) r = { 0 };
    g_autoptr(GBytes) bytes = NULL;

    run (&r, "--export", pdf, input, NULL);
    g_assert_cmpint (r.status, ==, 0);
    bytes = load (pdf);
    g_assert_cmpuint (g_bytes_get_size (bytes), >, 5);
    g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 5, "%PDF-", 5);
  }
  {
    /* The board inside an exported image is a board to export */
    g_auto(Run) r = { 0 };
    g_autoptr(GBytes) bytes = NULL;

    run (&r, "--export", from_image, png, NULL);
    g_assert_cmpint (r.status, ==, 0);
    bytes = load (from_image);
    assert_holds_board (bytes, board);
  }

  g_unlink (png);
  g_unlink (png2);
  g_unlink (svg);
  g_unlink (pdf);
  g_unlink (from_image);
}

/* Fails, with a message that starts with @message_start, and writes nothing */
static void
assert_fails (const char *output,
              const char *message_start,
              const char *first_arg,
              ...)
{
  g_auto(Run) r = { 0 };
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *arg;
  va_list args;

  va_start (args, first_arg);
  for (arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  while (argv->len < 6)
    g_ptr_array_add (argv, NULL);

  run (&r, g_ptr_array_index (argv, 0), g_ptr_array_index (argv, 1), g_ptr_array_index (argv, 2),
       g_ptr_array_index (argv, 3), g_ptr_array_index (argv, 4), g_ptr_array_index (argv, 5), NULL);
  g_assert_cmpint (r.status, !=, 0);
  g_assert_true (g_str_has_prefix (r.err, message_start));
  g_assert_true (g_str_has_suffix (r.err, "\n"));
  if (output != NULL)
    g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
}

static void
test_bad (void)
{
  g_autofree char *good = data_path ("board", "good", "all-kinds.brboard", NULL);
  g_autofree char *bad = data_path ("board", "bad", "huge-coordinate.brboard", NULL);
  g_autofree char *no_board = data_path ("export", "bad", "no-board.png", NULL);
  g_autofree char *damaged = data_path ("export", "bad", "bad-crc.png", NULL);
  g_autofree char *missing = tmp_path ("missing.brboard");
  g_autofree char *out = tmp_path ("out.png");
  g_autofree char *gif = tmp_path ("out.gif");
  g_autofree char *no_dir = tmp_path ("no-such-folder/out.png");
  g_autofree char *expected = NULL;

  expected = g_strdup_printf ("bar-raiser: %s: 5:43: $.items[0].x: ", bad);
  assert_fails (out, expected, "--export", out, bad, NULL);
  g_free (expected);

  expected = g_strdup_printf ("bar-raiser: %s: This image holds no Bar Raiser board\n", no_board);
  assert_fails (out, expected, "--export", out, no_board, NULL);
  g_free (expected);

  expected = g_strdup_printf ("bar-raiser: %s: The PNG image is damaged at byte 33: ", damaged);
  assert_fails (out, expected, "--export", out, damaged, NULL);
  g_free (expected);

  expected = g_strdup_printf ("bar-raiser: %s: ", missing);
  assert_fails (out, expected, "--export", out, missing, NULL);
  g_free (expected);

  expected = g_strdup_printf ("bar-raiser: %s: unknown kind of image: use a name that ends in .png, .svg or .pdf", gif);
  assert_fails (gif, expected, "--export", gif, good, NULL);
  g_free (expected);

  expected = g_strdup_printf ("bar-raiser: %s", no_dir);
  assert_fails (NULL, expected, "--export", no_dir, good, NULL);

  assert_fails (out, "bar-raiser: --export takes one board file", "--export", out, NULL);
  assert_fails (out, "bar-raiser: --export takes one board file", "--export", out, good, good, NULL);
  assert_fails (out, "bar-raiser: --scale must be between 1 and 4", "--scale", "9", "--export", out, good, NULL);
  /* GApplication took an integer option of 0 for one not given: 1× */
  assert_fails (out, "bar-raiser: --scale must be between 1 and 4: bar-raiser --export IMAGE.png --scale 2 BOARD.brboard\n",
                "--scale", "0", "--export", out, good, NULL);
  assert_fails (out, "bar-raiser: --scale must be between 1 and 4", "--scale", "2x", "--export", out, good, NULL);
  assert_fails (out, "bar-raiser: --scale must be between 1 and 4", "--scale=", "--export", out, good, NULL);
  assert_fails (NULL, "bar-raiser: --scale, --dark and --transparent go with --export", "--dark", NULL);
}

/* --export X X destroyed X (a board saved as board.pdf): the output may not
 * be the input, by name or through a link */
static void
test_same_file (void)
{
  g_autofree char *good = data_path ("board", "good", "all-kinds.brboard", NULL);
  g_autoptr(GBytes) original = load (good);
  g_autofree char *board = tmp_path ("board.pdf");
  g_autofree char *again = tmp_path ("sub/../board.pdf");
  g_autofree char *sub = tmp_path ("sub");
  g_autofree char *symbolic = tmp_path ("link.png");
  g_autofree char *hard = tmp_path ("hard.svg");
  const char *outputs[] = { board, again, symbolic, hard };
  g_autoptr(GError) error = NULL;

  g_file_set_contents (board, g_bytes_get_data (original, NULL), g_bytes_get_size (original), &error);
  g_assert_no_error (error);
  g_assert_no_errno (g_mkdir (sub, 0700));
  g_assert_no_errno (symlink ("board.pdf", symbolic));
  g_assert_no_errno (link (board, hard));

  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    {
      g_auto(Run) r = { 0 };
      g_autoptr(GFile) output = g_file_new_for_path (outputs[i]);
      g_autofree char *name = g_file_get_parse_name (output);
      g_autofree char *expected = g_strdup_printf ("bar-raiser: %s: this is the file the board is read from (%s)",
                                                   name, board);
      g_autoptr(GBytes) after = NULL;

      run (&r, "--export", outputs[i], board, NULL);
      g_assert_cmpint (r.status, ==, 2);
      g_assert_true (g_str_has_prefix (r.err, expected));
      after = load (board);
      g_assert_true (g_bytes_equal (after, original));
    }

  /* Another file is fine */
  {
    g_auto(Run) r = { 0 };
    g_autofree char *other = tmp_path ("other.pdf");

    run (&r, "--export", other, board, NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_unlink (other);
  }

  g_unlink (hard);
  g_unlink (symbolic);
  g_unlink (board);
  g_rmdir (sub);
}

/* An Excalidraw drawing renders too, with the board it imports to inside */
static void
test_drawing (void)
{
  g_autofree char *input = data_path ("excalidraw", "good", "arrow-focus-gap.excalidraw", NULL);
  g_autofree char *bad = data_path ("excalidraw", "bad", "elements-not-list.excalidraw", NULL);
  g_autofree char *png = tmp_path ("drawing.png");
  g_autofree char *bad_png = tmp_path ("bad-drawing.png");
  g_autoptr(GBytes) bytes = load (input);
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) expected = br_excalidraw_parse (bytes, NULL, &error);
  g_autoptr(GBytes) image = NULL;
  g_auto(Run) r = { 0 };

  g_assert_no_error (error);
  run (&r, "--export", png, input, NULL);
  g_assert_cmpint (r.status, ==, 0);
  image = load (png);
  assert_holds_board (image, expected);
  g_unlink (png);

  /* A broken drawing is named, with the place of the problem */
  {
    g_autofree char *message = g_strdup_printf ("bar-raiser: %s: ", bad);

    assert_fails (bad_png, message, "--export", bad_png, bad, NULL);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("br-command-line-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/command-line/export", test_good);
  g_test_add_func ("/command-line/bad-input", test_bad);
  g_test_add_func ("/command-line/drawing", test_drawing);
  g_test_add_func ("/command-line/same-file", test_same_file);

  status = g_test_run ();
  g_rmdir (tmp_dir);
  g_free (tmp_dir);
  return status;
}
