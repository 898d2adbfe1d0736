/* test-hostile-files.c — what stands where a document is expected: named
 * pipes, devices, folders, files that say they are empty; and what an
 * atomic write keeps of the file it replaces
 *
 * Each reading runs in a child process with bounded memory: before these
 * were fixed, a named pipe made a loader wait for ever (the test times
 * out) and /dev/zero made it read until memory ran out (the child dies
 * where it is bounded, not the machine).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "br-board-draft.h"
#include "br-board-export.h"
#include "br-board-file.h"
#include "br-board-load.h"
#include "br-excalidraw.h"
#include "br-file-util.h"
#include "br-guide.h"
#include "br-practice-history.h"
#include "br-progress.h"
#include "br-store.h"
#include "br-test-hostile.h"

typedef struct {
  char *path;
  BrTestSpecial kind;
} Special;

/* The error anything not a regular file gets */
static void
assert_refused (const GError  *error,
                BrTestSpecial  kind,
                const char    *path)
{
  g_assert_nonnull (error);
  if (kind == BR_TEST_FOLDER)
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  else
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_nonnull (strstr (error->message, "only regular files are read"));
}

static gboolean
read_special (gpointer data)
{
  Special *special = data;
  g_autoptr(GFile) file = g_file_new_for_path (special->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  BrBoard *board;
  BrGuide *guide;

  bytes = br_file_load_limited (file, 1 << 20, NULL, &error);
  g_assert_null (bytes);
  assert_refused (error, special->kind, special->path);
  g_clear_error (&error);

  board = br_board_new_from_file (file, NULL, &error);
  g_assert_null (board);
  assert_refused (error, special->kind, special->path);
  g_clear_error (&error);

  board = br_board_load (file, NULL, NULL, NULL, &error);
  g_assert_null (board);
  assert_refused (error, special->kind, special->path);
  g_clear_error (&error);

  board = br_excalidraw_new_from_file (file, NULL, NULL, &error);
  g_assert_null (board);
  assert_refused (error, special->kind, special->path);
  g_clear_error (&error);

  guide = br_guide_new_from_file (file, NULL, &error);
  g_assert_null (guide);
  assert_refused (error, special->kind, special->path);
  return TRUE;
}

/* A board, a drawing, a guide or any document: refused at once */
static void
test_read_special (void)
{
  g_autofree char *dir = br_test_make_temp_dir ();

  for (BrTestSpecial kind = 0; kind < BR_TEST_N_SPECIAL; kind++)
    {
      g_autofree char *path = g_build_filename (dir, br_test_special_name (kind), NULL);
      Special special = { path, kind };

      br_test_make_special (path, kind);
      br_test_run_in_child (read_special, &special, NULL);
    }
  br_test_remove_tree (dir);
}

static gboolean
read_proc_file (gpointer data)
{
  /* /proc says its files are empty, whatever they hold */
  g_autoptr(GFile) file = g_file_new_for_path ("/proc/self/maps");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  bytes = br_file_load_limited (file, 64, NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "/proc/self/maps: "));
  g_clear_error (&error);

  bytes = br_file_load_limited (file, 1 << 20, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 64);
  return TRUE;
}

/* The size a file says is not trusted: reading stops at the limit */
static void
test_read_size_says_zero (void)
{
  GStatBuf st;

  g_assert_no_errno (g_stat ("/proc/self/maps", &st));
  g_assert_cmpint (st.st_size, ==, 0);
  br_test_run_in_child (read_proc_file, NULL, NULL);
}

static gboolean
read_stores (gpointer data)
{
  Special *special = data;
  g_autofree char *progress_path = g_build_filename (special->path, BR_PROGRESS_FILE_NAME, NULL);
  g_autofree char *practice_path = g_build_filename (special->path, BR_PRACTICE_FILE_NAME, NULL);
  g_autoptr(BrProgress) progress = br_progress_new (special->path);
  g_autoptr(BrPracticeHistory) history = br_practice_history_new (special->path);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  br_test_make_special (progress_path, special->kind);
  br_test_make_special (practice_path, special->kind);

  /* Not moved aside (it is not a damaged file), not written over */
  g_assert_false (br_progress_load (progress, &error));
  g_assert_error (error, BR_STORE_ERROR, BR_STORE_ERROR_UNREADABLE);
  g_assert_true (g_str_has_prefix (error->message, progress_path));
  g_assert_nonnull (strstr (error->message, "cannot be moved aside"));
  g_assert_nonnull (strstr (error->message, "changes made now will not be saved"));
  g_assert_true (br_progress_get_read_only (progress));
  g_clear_error (&error);
  g_assert_false (br_progress_save (progress, &error));
  g_assert_error (error, BR_STORE_ERROR, BR_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_assert_false (br_practice_history_load (history, &error));
  g_assert_error (error, BR_STORE_ERROR, BR_STORE_ERROR_UNREADABLE);
  g_assert_true (g_str_has_prefix (error->message, practice_path));
  g_assert_true (br_practice_history_get_read_only (history));
  g_clear_error (&error);

  g_assert_no_errno (g_lstat (progress_path, &st));
  g_assert_true (special->kind == BR_TEST_FOLDER ? S_ISDIR (st.st_mode) :
                 special->kind == BR_TEST_FIFO ? S_ISFIFO (st.st_mode) : S_ISLNK (st.st_mode));
  return TRUE;
}

/* progress.json or practice.json: refused at once, read-only, left as it is */
static void
test_store_special (void)
{
  for (BrTestSpecial kind = 0; kind < BR_TEST_N_SPECIAL; kind++)
    {
      g_autofree char *dir = br_test_make_temp_dir ();
      Special special = { dir, kind };

      br_test_run_in_child (read_stores, &special, NULL);
      br_test_remove_tree (dir);
    }
}

static gboolean
read_drafts (gpointer data)
{
  Special *special = data;
  g_autoptr(GFile) dir = g_file_new_for_path (special->path);
  g_autoptr(BrBoardDraft) broken = br_board_draft_new (dir, "broken");
  g_autoptr(BrBoardDraft) odd_info = br_board_draft_new (dir, "odd-info");
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrBoard) read = NULL;
  g_autoptr(GFile) origin = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  GStatBuf st;

  /* The board of a draft: refused, and left where it is */
  br_test_make_special (g_file_peek_path (br_board_draft_get_file (broken)), special->kind);
  read = br_board_draft_read (broken, NULL, &error);
  g_assert_null (read);
  assert_refused (error, special->kind, g_file_peek_path (br_board_draft_get_file (broken)));
  g_assert_nonnull (strstr (error->message, "The draft was left in place."));
  g_clear_error (&error);
  g_assert_no_errno (g_lstat (g_file_peek_path (br_board_draft_get_file (broken)), &st));

  /* Its info file: the board is read, without an origin */
  g_assert_true (br_board_draft_write (odd_info, board, NULL, &error));
  g_assert_no_error (error);
  g_assert_no_errno (g_unlink (g_file_peek_path (br_board_draft_get_info_file (odd_info))));
  br_test_make_special (g_file_peek_path (br_board_draft_get_info_file (odd_info)), special->kind);
  read = br_board_draft_read (odd_info, &origin, &error);
  g_assert_no_error (error);
  g_assert_nonnull (read);
  g_assert_null (origin);

  /* Only regular files are listed as drafts */
  listed = br_board_draft_list (dir);
  g_assert_cmpuint (listed->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (listed, 0), ==, "odd-info");
  return TRUE;
}

static void
test_draft_special (void)
{
  for (BrTestSpecial kind = 0; kind < BR_TEST_N_SPECIAL; kind++)
    {
      g_autofree char *dir = br_test_make_temp_dir ();
      Special special = { dir, kind };

      br_test_run_in_child (read_drafts, &special, NULL);
      br_test_remove_tree (dir);
    }
}

/* ---------------------------------------------------------------------- */
/* Writing keeps what the file had                                         */

static guint
mode_of (const char *path)
{
  GStatBuf st;

  g_assert_no_errno (g_stat (path, &st));
  return st.st_mode & 0777;
}

static void
write_with_mode (const char *path,
                 guint       mode)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "old", -1, &error);
  g_assert_no_error (error);
  g_assert_no_errno (g_chmod (path, mode));
}

static BrBoard *
small_board (void)
{
  BrBoard *board = br_board_new ();

  br_board_add_item (board, br_item_new (BR_ITEM_RECTANGLE, 0, 0, 100, 50));
  return board;
}

/* Every atomic write forced 0644: a 0600 board, store or export target
 * became readable by everyone */
static void
test_write_keeps_mode (void)
{
  static const guint modes[] = { 0600, 0640, 0664, 0666, 0700 };
  g_autofree char *dir = br_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "board.brboard", NULL);
  g_autofree char *image_path = g_build_filename (dir, "board.png", NULL);
  g_autofree char *new_path = g_build_filename (dir, "new.brboard", NULL);
  g_autofree char *new_image_path = g_build_filename (dir, "new.svg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) image = g_file_new_for_path (image_path);
  g_autoptr(GFile) new_file = g_file_new_for_path (new_path);
  g_autoptr(GFile) new_image = g_file_new_for_path (new_image_path);
  g_autoptr(GBytes) bytes = g_bytes_new_static ("new", 3);
  g_autoptr(BrBoard) board = small_board ();
  g_autoptr(GError) error = NULL;
  BrExportOptions options;

  umask (022);
  br_export_options_init (&options);

  /* Exactly what it had, even what the umask would take away */
  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      write_with_mode (path, modes[i]);
      g_assert_true (br_file_write_atomic (file, bytes, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (mode_of (path), ==, modes[i]);

      write_with_mode (path, modes[i]);
      g_assert_true (br_board_save_to_file (board, file, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (mode_of (path), ==, modes[i]);

      write_with_mode (image_path, modes[i]);
      g_assert_true (br_board_export_to_file (board, image, &options, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (mode_of (image_path), ==, modes[i]);
    }

  /* New documents and images: 0644; the user's own data: 0600 */
  g_assert_true (br_board_save_to_file (board, new_file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mode_of (new_path), ==, 0644);
  options.format = BR_EXPORT_SVG;
  g_assert_true (br_board_export_to_file (board, new_image, &options, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mode_of (new_image_path), ==, 0644);
  g_assert_no_errno (g_unlink (new_path));
  g_assert_true (br_board_save_to_file_full (board, new_file, BR_FILE_MODE_PRIVATE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mode_of (new_path), ==, 0600);

  br_test_remove_tree (dir);
}

static void
test_write_stores_and_drafts (void)
{
  g_autofree char *dir = br_test_make_temp_dir ();
  g_autofree char *progress_path = g_build_filename (dir, BR_PROGRESS_FILE_NAME, NULL);
  g_autofree char *drafts_path = g_build_filename (dir, "drafts", NULL);
  g_autoptr(GFile) drafts = g_file_new_for_path (drafts_path);
  g_autoptr(BrProgress) progress = br_progress_new (dir);
  g_autoptr(BrBoardDraft) draft = br_board_draft_new (drafts, "a");
  g_autoptr(BrBoard) board = small_board ();
  g_autoptr(GError) error = NULL;

  umask (022);

  /* A new store and a new draft are the user's alone */
  g_assert_true (br_progress_load (progress, &error));
  g_assert_no_error (error);
  br_progress_set_item_state (progress, "items/cap-theorem", BR_ITEM_STATE_DONE);
  g_assert_cmpuint (mode_of (progress_path), ==, 0600);
  g_assert_true (br_board_draft_write (draft, board, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mode_of (g_file_peek_path (br_board_draft_get_file (draft))), ==, 0600);
  g_assert_cmpuint (mode_of (g_file_peek_path (br_board_draft_get_info_file (draft))), ==, 0600);

  /* One the user opened up stays so */
  g_assert_no_errno (g_chmod (progress_path, 0640));
  br_progress_set_item_state (progress, "items/cap-theorem", BR_ITEM_STATE_IN_PROGRESS);
  g_assert_cmpuint (mode_of (progress_path), ==, 0640);

  br_test_remove_tree (dir);
}

/* A link stays a link; what is not a regular file is never written over */
static void
test_write_through_links (void)
{
  g_autofree char *dir = br_test_make_temp_dir ();
  g_autofree char *real = g_build_filename (dir, "real.brboard", NULL);
  g_autofree char *link = g_build_filename (dir, "link.brboard", NULL);
  g_autoptr(GFile) link_file = g_file_new_for_path (link);
  g_autoptr(BrBoard) board = small_board ();
  g_autoptr(BrBoard) read = NULL;
  g_autoptr(GError) error = NULL;
  BrExportOptions options;
  GStatBuf st;

  write_with_mode (real, 0600);
  g_assert_no_errno (symlink ("real.brboard", link));
  g_assert_true (br_board_save_to_file (board, link_file, NULL, &error));
  g_assert_no_error (error);
  g_assert_no_errno (g_lstat (link, &st));
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_cmpuint (mode_of (real), ==, 0600);
  read = br_board_new_from_file (link_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (br_board_get_n_items (read), ==, 1);

  br_export_options_init (&options);
  for (BrTestSpecial kind = 0; kind < BR_TEST_N_SPECIAL; kind++)
    {
      g_autofree char *path = NULL;
      g_autoptr(GFile) target = NULL;

      /* Never aimed at a real device: only named pipes and folders here */
      if (kind != BR_TEST_FIFO && kind != BR_TEST_FOLDER)
        continue;
      path = g_build_filename (dir, br_test_special_name (kind), NULL);
      target = g_file_new_for_path (path);
      br_test_make_special (path, kind);
      g_assert_false (br_board_export_to_file (board, target, &options, NULL, &error));
      g_assert_error (error, G_IO_ERROR, (kind == BR_TEST_FOLDER ? G_IO_ERROR_IS_DIRECTORY : G_IO_ERROR_NOT_REGULAR_FILE));
      g_assert_true (g_str_has_prefix (error->message, path));
      g_clear_error (&error);
      g_assert_no_errno (g_lstat (path, &st));
      g_assert_true (kind == BR_TEST_FOLDER ? S_ISDIR (st.st_mode) : S_ISFIFO (st.st_mode));
    }

  br_test_remove_tree (dir);
}

/* ---------------------------------------------------------------------- */
/* What a file is, from its root, not from its first bytes               */

static BrBoard *
load_named (const char    *dir,
            const char    *name,
            const char    *text,
            BrBoardSource *source,
            GError       **error)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return br_board_load (file, source, NULL, NULL, error);
}

/* A valid board whose "format" came after byte 256, with an id like
 * "excalidraw-logo" before it, was read as an Excalidraw drawing */
static void
test_detect_format (void)
{
  static const char * const names[] = { "logo.brboard", "logo.json", "logo" };
  g_autofree char *dir = br_test_make_temp_dir ();
  g_autoptr(GString) board = g_string_new ("{\"items\": [\n");
  g_autoptr(GString) drawing = g_string_new ("{\"appState\": {\"name\": \"");
  g_autoptr(GError) error = NULL;
  BrBoardSource source;

  for (guint i = 0; i < 4; i++)
    g_string_append_printf (board,
                            "  {\"id\": \"excalidraw-logo-%u\", \"kind\": \"rectangle\", \"x\": %u, \"y\": 0, "
                            "\"width\": 100, \"height\": 50, \"label\": \"The \\\"excalidraw\\\" logo\"},\n", i, i * 120);
  g_string_append (board, "  {\"id\": \"end\", \"kind\": \"text\", \"x\": 0, \"y\": 80, \"width\": 10, \"height\": 10}\n ],\n"
                          " \"version\": 1,\n \"format\": \"bar-raiser-board\"\n}\n");
  g_assert_cmpuint (strstr (board->str, "bar-raiser-board") - board->str, >, 256);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(BrBoard) read = load_named (dir, names[i], board->str, &source, &error);

      g_assert_no_error (error);
      g_assert_cmpint (source, ==, BR_BOARD_SOURCE_NATIVE);
      g_assert_cmpuint (br_board_get_n_items (read), ==, 5);
    }

  /* And a drawing that says what it is only after 256 bytes, under any name */
  for (guint i = 0; i < 300; i++)
    g_string_append_c (drawing, 'x');
  g_string_append (drawing, "\"},\n \"elements\": [{\"id\": \"r\", \"type\": \"rectangle\", \"x\": 0, \"y\": 0, "
                            "\"width\": 40, \"height\": 20}],\n \"version\": 2, \"type\": \"excalidraw\"}\n");
  for (guint i = 1; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(BrBoard) read = load_named (dir, names[i], drawing->str, &source, &error);

      g_assert_no_error (error);
      g_assert_cmpint (source, ==, BR_BOARD_SOURCE_DRAWING);
      g_assert_cmpuint (br_board_get_n_items (read), ==, 1);
    }

  /* The name decides first: a board named as a drawing is read as one */
  {
    g_autoptr(BrBoard) read = load_named (dir, "logo.excalidraw", board->str, &source, &error);

    g_assert_null (read);
    g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_MISSING);
    g_assert_nonnull (strstr (error->message, "$: the required field “type” is missing"));
  }

  br_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hostile-files/read/special", test_read_special);
  g_test_add_func ("/hostile-files/read/size-says-zero", test_read_size_says_zero);
  g_test_add_func ("/hostile-files/store/special", test_store_special);
  g_test_add_func ("/hostile-files/draft/special", test_draft_special);
  g_test_add_func ("/hostile-files/write/keeps-mode", test_write_keeps_mode);
  g_test_add_func ("/hostile-files/write/stores-and-drafts", test_write_stores_and_drafts);
  g_test_add_func ("/hostile-files/write/through-links", test_write_through_links);
  g_test_add_func ("/hostile-files/detect-format", test_detect_format);

  return g_test_run ();
}
