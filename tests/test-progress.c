/* test-progress.c — the study progress store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "br-file-util.h"
#include "br-progress.h"
#include "br-test-fixtures.h"

static BrTestFixtures *fixtures;

/* ---------------------------------------------------------------------- */
/* Helpers                                                                 */

static char *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("test-progress-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
rm_rf (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      g_chmod (path, 0700);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          rm_rf (child);
        }
      g_assert_cmpint (g_rmdir (path), ==, 0);
    }
  else
    g_assert_cmpint (g_unlink (path), ==, 0);
}

static void
write_file (const char *path,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static char *
read_file (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

static guint
count_files (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
set_date (GDate *date,
          guint  day,
          guint  month,
          guint  year)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

static BrProgress *
load_progress (const char *dir)
{
  g_autoptr(GError) error = NULL;
  BrProgress *progress = br_progress_new (dir);

  g_assert_true (br_progress_load (progress, &error));
  g_assert_no_error (error);
  return progress;
}

/* ---------------------------------------------------------------------- */
/* br_file_move_aside()                                                    */

static void
test_move_aside (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "progress.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GDateTime) now = g_date_time_new_local (2024, 3, 4, 10, 30, 5);
  g_autoptr(GError) error = NULL;
  const char * const expected[] = {
    "progress.json.corrupt-20240304-103005",
    "progress.json.corrupt-20240304-103005-2",
    "progress.json.corrupt-20240304-103005-3",
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *contents = g_strdup_printf ("broken %u", i);
      g_autoptr(GFile) moved = NULL;
      g_autofree char *moved_name = NULL;
      g_autofree char *moved_contents = NULL;
      g_autofree char *moved_path = NULL;

      write_file (path, contents, -1);
      g_assert_true (br_file_move_aside (file, now, &moved, &error));
      g_assert_no_error (error);
      moved_name = g_file_get_basename (moved);
      g_assert_cmpstr (moved_name, ==, expected[i]);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

      /* Earlier ones are not overwritten */
      moved_path = g_file_get_path (moved);
      moved_contents = read_file (moved_path, NULL);
      g_assert_cmpstr (moved_contents, ==, contents);
      g_assert_cmpuint (count_files (dir), ==, i + 1);
    }

  /* A file that is not there cannot be moved, and nothing happens */
  g_assert_false (br_file_move_aside (file, now, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_cmpuint (count_files (dir), ==, 3);

  rm_rf (dir);
}

/* ---------------------------------------------------------------------- */
/* Persistence                                                             */

static void
test_persist (void)
{
  g_autofree char *tmp = make_tmp_dir ();
  g_autofree char *dir = g_build_filename (tmp, "bar-raiser", NULL);
  g_autofree char *path = g_build_filename (dir, "progress.json", NULL);
  BrProgress *progress;
  g_auto(GStrv) ids = NULL;
  GDate start, today;
  const char * const block[] = { "items/cap-theorem", "items/design-s3", "items/sharding", NULL };

  /* The first run: the data folder does not exist yet; the plan starts
   * today and that is written down at once */
  progress = load_progress (dir);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  g_assert_cmpint (g_date_compare (br_progress_get_start_date (progress), &today), ==, 0);
  g_assert_false (br_progress_get_read_only (progress));

  set_date (&start, 4, 3, 2024);
  br_progress_set_start_date (progress, &start);
  br_progress_set_item_state (progress, "items/cap-theorem", BR_ITEM_STATE_DONE);
  br_progress_set_item_state (progress, "items/design-s3", BR_ITEM_STATE_DONE);
  br_progress_set_item_state (progress, "items/sharding", BR_ITEM_STATE_IN_PROGRESS);
  br_progress_set_item_note (progress, "items/sharding", "Consistent hashing:\nvirtual nodes «ok»");
  br_progress_set_item_note (progress, "items/gone-from-the-guide", "kept anyway");
  g_assert_cmpuint (br_progress_count_done (progress, block), ==, 2);
  /* Unchecking */
  br_progress_set_item_state (progress, "items/design-s3", BR_ITEM_STATE_NOT_STARTED);
  g_assert_cmpuint (br_progress_count_done (progress, block), ==, 1);
  g_assert_null (br_progress_get_save_error (progress));
  /* Checking and notes count as studying today */
  g_assert_cmpuint (br_progress_get_day_count (progress, &today), ==, 6);
  g_assert_finalize_object (progress);

  /* A new object, the same folder */
  progress = load_progress (dir);
  g_assert_cmpint (g_date_compare (br_progress_get_start_date (progress), &start), ==, 0);
  g_assert_cmpint (br_progress_get_item_state (progress, "items/cap-theorem"), ==, BR_ITEM_STATE_DONE);
  g_assert_cmpint (br_progress_get_item_state (progress, "items/design-s3"), ==, BR_ITEM_STATE_NOT_STARTED);
  g_assert_cmpint (br_progress_get_item_state (progress, "items/sharding"), ==, BR_ITEM_STATE_IN_PROGRESS);
  g_assert_cmpstr (br_progress_get_item_note (progress, "items/sharding"), ==,
                   "Consistent hashing:\nvirtual nodes «ok»");
  g_assert_cmpstr (br_progress_get_item_note (progress, "items/design-s3"), ==, "");
  g_assert_cmpstr (br_progress_get_item_note (progress, "items/gone-from-the-guide"), ==, "kept anyway");
  g_assert_cmpuint (br_progress_count_done (progress, block), ==, 1);
  g_assert_cmpuint (br_progress_get_day_count (progress, &today), ==, 6);
  ids = br_progress_dup_item_ids (progress);
  g_assert_cmpstrv (ids, ((const char * const[]) { "items/cap-theorem", "items/gone-from-the-guide",
                                                   "items/sharding", NULL }));

  /* A note too long for the format is cut, so it can be read back */
  {
    g_autofree char *huge = g_strnfill (5000, 'x');

    br_progress_set_item_note (progress, "items/cap-theorem", huge);
    g_assert_cmpuint (strlen (br_progress_get_item_note (progress, "items/cap-theorem")), ==, 4000);
  }
  g_assert_finalize_object (progress);

  progress = load_progress (dir);
  g_assert_cmpuint (strlen (br_progress_get_item_note (progress, "items/cap-theorem")), ==, 4000);
  g_assert_finalize_object (progress);

  /* Nothing else was left in the folder (no temporary, no backup) */
  g_assert_cmpuint (count_files (dir), ==, 1);
  rm_rf (tmp);
}

static void
count_cb (gpointer  instance,
          gpointer  arg,
          gpointer  user_data)
{
  (*(guint *) user_data)++;
}

static void
test_signals (void)
{
  g_autoptr(BrProgress) progress = br_progress_new (NULL);
  guint n_changed = 0, n_item = 0, n_other_item = 0, n_start = 0;
  GDate start;

  g_signal_connect (progress, "changed", G_CALLBACK (count_cb), &n_changed);
  g_signal_connect (progress, "item-changed::items/cap-theorem", G_CALLBACK (count_cb), &n_item);
  g_signal_connect (progress, "item-changed::items/other", G_CALLBACK (count_cb), &n_other_item);
  g_signal_connect (progress, "notify::start-date", G_CALLBACK (count_cb), &n_start);

  br_progress_set_item_state (progress, "items/cap-theorem", BR_ITEM_STATE_DONE);
  br_progress_set_item_state (progress, "items/cap-theorem", BR_ITEM_STATE_DONE);  /* no change */
  br_progress_set_item_note (progress, "items/cap-theorem", "note");
  br_progress_set_item_note (progress, "items/cap-theorem", "note");  /* no change */
  set_date (&start, 1, 1, 2024);
  g_object_set (progress, "start-date", &start, NULL);
  g_object_set (progress, "start-date", &start, NULL);  /* no change */

  g_assert_cmpuint (n_item, ==, 2);
  g_assert_cmpuint (n_other_item, ==, 0);
  g_assert_cmpuint (n_start, ==, 1);
  g_assert_cmpuint (n_changed, ==, 3);
}

/* ---------------------------------------------------------------------- */
/* Weeks, streaks, activity                                                */

static void
test_current_week (void)
{
  g_autoptr(BrProgress) progress = br_progress_new (NULL);
  GDate start;
  struct {
    int year, month, day, hour;
    guint week;
  } cases[] = {
    { 2024, 2, 20, 12, 1 },   /* before the start */
    { 2024, 3, 4, 0, 1 },     /* the start date */
    { 2024, 3, 10, 23, 1 },   /* the last day of week 1 */
    { 2024, 3, 11, 0, 2 },
    { 2024, 3, 17, 12, 2 },
    { 2024, 5, 26, 12, 12 },  /* the last day of week 12 */
    { 2024, 5, 27, 12, 12 },  /* after the plan: clamped */
    { 2025, 1, 1, 12, 12 },
  };

  set_date (&start, 4, 3, 2024);
  br_progress_set_start_date (progress, &start);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) today = g_date_time_new_local (cases[i].year, cases[i].month, cases[i].day,
                                                          cases[i].hour, 0, 0);

      g_assert_cmpuint (br_progress_get_current_week (progress, today, 12), ==, cases[i].week);
    }

  {
    g_autoptr(GDateTime) today = g_date_time_new_local (2024, 3, 20, 12, 0, 0);

    g_assert_cmpuint (br_progress_get_current_week (progress, today, 2), ==, 2);
    g_assert_cmpuint (br_progress_get_current_week (progress, today, 0), ==, 1);
  }
}

/* A plan starts in a year that makes sense: 9999-12-31 was taken, and
 * shown as "12/31/99" */
static void
test_start_date_range (void)
{
  static const struct {
    int day, month, year;
    gboolean ok;
  } cases[] = {
    { 31, 12, 1999, FALSE }, { 1, 1, 2000, TRUE }, { 4, 3, 2024, TRUE },
    { 31, 12, 2100, TRUE }, { 1, 1, 2101, FALSE }, { 31, 12, 9999, FALSE }, { 1, 1, 1, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      GDate date;

      set_date (&date, cases[i].day, cases[i].month, cases[i].year);
      g_assert_cmpint (br_progress_check_start_date (&date, &error), ==, cases[i].ok);
      if (cases[i].ok)
        g_assert_no_error (error);
      else
        {
          g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_RANGE);
          g_assert_nonnull (strstr (error->message, "choose one in the years 2000 to 2100"));
        }
    }
  /* A file with such a start is refused with its place:
   * tests/data/progress/bad/start-date-far.json */
}

static void
test_streak_and_activity (void)
{
  g_autofree char *dir = make_tmp_dir ();
  BrProgress *progress = load_progress (dir);
  g_autoptr(GArray) counts = NULL;
  GDate day, today, first, last;

  /* Studied on Feb 26, 28 (twice), 29, Mar 1 — 2024 is a leap year */
  set_date (&day, 26, 2, 2024);
  br_progress_mark_active_day (progress, &day);
  set_date (&day, 28, 2, 2024);
  br_progress_mark_active_day (progress, &day);
  br_progress_mark_active_day (progress, &day);
  set_date (&day, 29, 2, 2024);
  br_progress_mark_active_day (progress, &day);
  set_date (&day, 1, 3, 2024);
  br_progress_mark_active_day (progress, &day);

  set_date (&today, 1, 3, 2024);
  g_assert_cmpuint (br_progress_get_streak (progress, &today), ==, 3);
  /* Nothing yet on Mar 2: the streak still ends yesterday */
  set_date (&today, 2, 3, 2024);
  g_assert_cmpuint (br_progress_get_streak (progress, &today), ==, 3);
  /* Mar 3 without Mar 2: lost */
  set_date (&today, 3, 3, 2024);
  g_assert_cmpuint (br_progress_get_streak (progress, &today), ==, 0);
  set_date (&today, 26, 2, 2024);
  g_assert_cmpuint (br_progress_get_streak (progress, &today), ==, 1);
  set_date (&today, 27, 2, 2024);
  g_assert_cmpuint (br_progress_get_streak (progress, &today), ==, 1);

  g_assert_finalize_object (progress);
  progress = load_progress (dir);

  set_date (&first, 25, 2, 2024);
  set_date (&last, 2, 3, 2024);
  counts = br_progress_get_activity (progress, &first, &last);
  g_assert_cmpuint (counts->len, ==, 7);
  {
    const guint expected[] = { 0, 1, 0, 2, 1, 1, 0 };

    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      g_assert_cmpuint (g_array_index (counts, guint, i), ==, expected[i]);
  }
  g_clear_pointer (&counts, g_array_unref);

  /* last before first: nothing */
  counts = br_progress_get_activity (progress, &last, &first);
  g_assert_cmpuint (counts->len, ==, 0);

  set_date (&today, 1, 3, 2024);
  g_assert_cmpuint (br_progress_get_streak (progress, &today), ==, 3);
  g_assert_finalize_object (progress);
  rm_rf (dir);
}

/* ---------------------------------------------------------------------- */
/* Files that cannot be read                                               */

/* Loads @contents as progress.json: it must be moved aside, with its bytes,
 * and the store starts empty */
static void
assert_moved_aside (const char *contents,
                    gsize       length,
                    const char *doc_message)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "progress.json", NULL);
  g_autofree char *moved_path = g_build_filename (dir, "progress.json.corrupt-20240304-103000", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_local (2024, 3, 4, 10, 30, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *moved_contents = NULL;
  g_autofree char *new_contents = NULL;
  g_autoptr(BrProgress) progress = br_progress_new (dir);
  GDate today;
  gsize moved_length;

  write_file (path, contents, (gssize) length);
  g_assert_false (br_progress_load_full (progress, now, &error));
  g_assert_error (error, BR_STORE_ERROR, BR_STORE_ERROR_MOVED_ASIDE);
  g_test_message ("%s", error->message);

  /* The message names both files, and says what was wrong */
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, moved_path));
  if (doc_message != NULL)
    g_assert_nonnull (strstr (error->message, doc_message));

  /* The old file is kept, byte for byte */
  moved_contents = read_file (moved_path, &moved_length);
  g_assert_cmpmem (moved_contents, moved_length, contents, length);

  /* ...and the store starts empty, a new file in its place */
  g_assert_false (br_progress_get_read_only (progress));
  g_assert_cmpint (br_progress_get_item_state (progress, "items/cap-theorem"), ==, BR_ITEM_STATE_NOT_STARTED);
  set_date (&today, 4, 3, 2024);
  g_assert_cmpint (g_date_compare (br_progress_get_start_date (progress), &today), ==, 0);
  g_assert_cmpuint (br_progress_get_day_count (progress, &today), ==, 0);
  new_contents = read_file (path, NULL);
  g_assert_nonnull (strstr (new_contents, "\"2024-03-04\""));

  g_clear_object (&progress);
  rm_rf (dir);
}

static void
test_corrupt (void)
{
  static const char garbage[] = "\x00\x01 not json at all \xff";

  assert_moved_aside (garbage, sizeof garbage - 1, NULL);
}

static void
test_truncated (void)
{
  g_autoptr(BrProgress) progress = br_progress_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize length;
  GDate start;

  set_date (&start, 4, 3, 2024);
  br_progress_set_start_date (progress, &start);
  br_progress_set_item_state (progress, "items/cap-theorem", BR_ITEM_STATE_DONE);
  br_progress_set_item_note (progress, "items/cap-theorem", "a note");
  bytes = br_progress_to_bytes (progress);
  data = g_bytes_get_data (bytes, &length);

  /* Cut anywhere, the file is moved aside */
  for (gsize cut = 0; cut < length - 1; cut += 7)
    assert_moved_aside (data, cut, NULL);
}

static void
test_newer_version (void)
{
  static const char newer[] =
    "{\n \"format\": \"bar-raiser-progress\",\n \"version\": 2,\n \"start-date\": \"2024-03-04\",\n"
    " \"items\": [],\n \"habits\": { \"what\": \"a field of version 2\" }\n}\n";
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "progress.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(BrProgress) progress = br_progress_new (dir);
  guint n_failed = 0;
  gsize length;

  write_file (path, newer, -1);
  g_assert_false (br_progress_load (progress, &error));
  g_assert_error (error, BR_STORE_ERROR, BR_STORE_ERROR_NEWER_VERSION);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_true (br_progress_get_read_only (progress));

  /* Changes stay in memory, and say so */
  g_signal_connect (br_progress_get_store (progress), "save-failed", G_CALLBACK (count_cb), &n_failed);
  br_progress_set_item_state (progress, "items/cap-theorem", BR_ITEM_STATE_DONE);
  g_assert_cmpint (br_progress_get_item_state (progress, "items/cap-theorem"), ==, BR_ITEM_STATE_DONE);
  g_assert_cmpuint (n_failed, ==, 1);
  g_assert_error ((GError *) br_progress_get_save_error (progress), BR_STORE_ERROR, BR_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (br_progress_save (progress, &error));
  g_assert_error (error, BR_STORE_ERROR, BR_STORE_ERROR_READ_ONLY);

  /* The file is untouched, nothing beside it */
  contents = read_file (path, &length);
  g_assert_cmpmem (contents, length, newer, sizeof newer - 1);
  g_assert_cmpuint (count_files (dir), ==, 1);

  g_clear_object (&progress);
  rm_rf (dir);
}

/* ---------------------------------------------------------------------- */
/* Failed writes                                                           */

static void
test_failed_write_parent_is_file (void)
{
  g_autofree char *tmp = make_tmp_dir ();
  g_autofree char *not_a_dir = g_build_filename (tmp, "file", NULL);
  g_autofree char *dir = g_build_filename (not_a_dir, "bar-raiser", NULL);
  g_autoptr(BrProgress) progress = NULL;
  g_autoptr(GError) error = NULL;
  guint n_failed = 0;

  write_file (not_a_dir, "I am a file", -1);
  progress = br_progress_new (dir);
  g_signal_connect (br_progress_get_store (progress), "save-failed", G_CALLBACK (count_cb), &n_failed);

  /* Nothing to read; the first run's save fails and is reported */
  g_assert_true (br_progress_load (progress, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_failed, ==, 1);
  g_assert_nonnull (br_progress_get_save_error (progress));
  g_test_message ("%s", br_progress_get_save_error (progress)->message);

  br_progress_set_item_state (progress, "items/cap-theorem", BR_ITEM_STATE_DONE);
  g_assert_cmpuint (n_failed, ==, 2);
  g_assert_false (br_progress_save (progress, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);

  /* The file in the way is untouched */
  {
    g_autofree char *contents = read_file (not_a_dir, NULL);

    g_assert_cmpstr (contents, ==, "I am a file");
  }
  g_clear_object (&progress);
  rm_rf (tmp);
}

/* Sets up a data folder with a saved progress; returns its bytes */
static char *
setup_saved (const char *dir,
             gsize      *length)
{
  g_autofree char *path = g_build_filename (dir, "progress.json", NULL);
  BrProgress *progress = load_progress (dir);

  br_progress_set_item_state (progress, "items/cap-theorem", BR_ITEM_STATE_DONE);
  br_progress_set_item_note (progress, "items/cap-theorem", "before");
  g_assert_finalize_object (progress);
  return read_file (path, length);
}

static void
assert_failed_write_keeps_file (const char *dir,
                                const char *before,
                                gsize       before_length,
                                BrProgress *progress,
                                guint       n_failed)
{
  g_autofree char *path = g_build_filename (dir, "progress.json", NULL);
  g_autofree char *after = NULL;
  gsize after_length;

  g_assert_cmpuint (n_failed, ==, 1);
  g_assert_nonnull (br_progress_get_save_error (progress));
  g_test_message ("%s", br_progress_get_save_error (progress)->message);
  g_assert_nonnull (strstr (br_progress_get_save_error (progress)->message, path));
  /* The change is kept in memory */
  g_assert_cmpstr (br_progress_get_item_note (progress, "items/cap-theorem"), ==, "after, much longer than before");

  after = read_file (path, &after_length);
  g_assert_cmpmem (after, after_length, before, before_length);
  g_assert_cmpuint (count_files (dir), ==, 1);
}

static void
test_failed_write_file_size_limit (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr(BrProgress) progress = NULL;
  g_autofree char *before = NULL;
  struct rlimit old_limit, limit;
  void (*old_handler) (int);
  gsize before_length;
  guint n_failed = 0;

  before = setup_saved (dir, &before_length);
  progress = load_progress (dir);
  g_signal_connect (br_progress_get_store (progress), "save-failed", G_CALLBACK (count_cb), &n_failed);

  /* Works as root too: no file may grow past 16 bytes, so the temporary
   * file cannot be written (EFBIG instead of SIGXFSZ) */
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  limit = old_limit;
  limit.rlim_cur = 16;
  old_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  br_progress_set_item_note (progress, "items/cap-theorem", "after, much longer than before");
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  signal (SIGXFSZ, old_handler);

  assert_failed_write_keeps_file (dir, before, before_length, progress, n_failed);

  /* Once writes work again, the next save clears the error */
  g_assert_true (br_progress_save (progress, NULL));
  br_progress_set_item_state (progress, "items/x", BR_ITEM_STATE_DONE);
  g_assert_null (br_progress_get_save_error (progress));

  g_clear_object (&progress);
  rm_rf (dir);
}

static void
test_failed_write_read_only_dir (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr(BrProgress) progress = NULL;
  g_autofree char *before = NULL;
  gsize before_length;
  guint n_failed = 0;

  if (geteuid () == 0)
    {
      g_test_skip ("root writes into read-only folders; see /progress/failed-write/file-size-limit");
      rm_rf (dir);
      return;
    }

  before = setup_saved (dir, &before_length);
  progress = load_progress (dir);
  g_signal_connect (br_progress_get_store (progress), "save-failed", G_CALLBACK (count_cb), &n_failed);

  g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
  br_progress_set_item_note (progress, "items/cap-theorem", "after, much longer than before");
  g_assert_cmpint (g_chmod (dir, 0700), ==, 0);

  assert_failed_write_keeps_file (dir, before, before_length, progress, n_failed);
  g_clear_object (&progress);
  rm_rf (dir);
}

/* ---------------------------------------------------------------------- */
/* The malformed fixtures                                                  */

static void
test_bad_fixture (gconstpointer data)
{
  const BrTestExpectation *expected = data;
  g_autoptr(GBytes) bytes = br_test_load_bytes (expected->full_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BrProgress) progress = NULL;

  progress = br_progress_new_from_bytes (bytes, &error);
  g_assert_null (progress);
  br_test_assert_error_matches (error, expected);

  /* As the store's file: moved aside with a message that includes the
   * parser's, or (a newer version) left untouched and read-only */
  if (g_str_equal (expected->file, "newer-version.json"))
    return;  /* test_newer_version() covers it */
  assert_moved_aside (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error->message);
}

static void
test_expected_matches_files (void)
{
  br_test_fixtures_check_files (fixtures, 15);
}

static void
test_newer_version_fixture (void)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "progress", "bad", "newer-version.json", NULL);
  g_autoptr(GBytes) bytes = br_test_load_bytes (source);
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "progress.json", NULL);
  g_autoptr(BrProgress) progress = br_progress_new (dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  gsize length;

  write_file (path, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes));
  g_assert_false (br_progress_load (progress, &error));
  g_assert_error (error, BR_STORE_ERROR, BR_STORE_ERROR_NEWER_VERSION);
  br_progress_mark_active_today (progress);
  after = read_file (path, &length);
  g_assert_cmpmem (after, length, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_cmpuint (count_files (dir), ==, 1);
  g_clear_object (&progress);
  rm_rf (dir);
}

/* Which study item comes next ------------------------------------------------ */

static BrStudyItem *
item_at (BrGuide *guide,
         guint    block_index,
         guint    item_index)
{
  g_autoptr(BrBlock) block = g_list_model_get_item (br_guide_get_blocks (guide), block_index);
  g_autoptr(BrStudyItem) item = g_list_model_get_item (br_block_get_items (block), item_index);

  return item;  /* the guide keeps it */
}

static const char *
item_id (BrGuide *guide,
         guint    block_index,
         guint    item_index)
{
  return br_guide_entry_get_id (BR_GUIDE_ENTRY (item_at (guide, block_index, item_index)));
}

static void
set_block_state (BrProgress  *progress,
                 BrGuide     *guide,
                 guint        block_index,
                 BrItemState  state)
{
  g_autoptr(BrBlock) block = g_list_model_get_item (br_guide_get_blocks (guide), block_index);

  for (guint i = 0; i < g_list_model_get_n_items (br_block_get_items (block)); i++)
    br_progress_set_item_state (progress, item_id (guide, block_index, i), state);
}

static guint
block_week (BrGuide *guide,
            guint    block_index)
{
  g_autoptr(BrBlock) block = g_list_model_get_item (br_guide_get_blocks (guide), block_index);

  return br_block_get_first_week (block);
}

static void
test_next_item (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BrGuide) guide = br_guide_new_builtin (&error);
  g_autoptr(BrProgress) progress = br_progress_new (NULL);
  GListModel *blocks;
  guint week2;

  g_assert_no_error (error);
  blocks = br_guide_get_blocks (guide);
  g_assert_cmpuint (g_list_model_get_n_items (blocks), >=, 3);
  week2 = block_week (guide, 1);
  g_assert_cmpuint (week2, >, 1);

  /* Nothing done: the first item of the week's block */
  g_assert_true (br_progress_get_next_item (progress, guide, 1) == item_at (guide, 0, 0));
  g_assert_true (br_progress_get_next_item (progress, guide, week2) == item_at (guide, 1, 0));
  /* Before or after the plan: the first item of all */
  g_assert_true (br_progress_get_next_item (progress, guide, 0) == item_at (guide, 0, 0));
  g_assert_true (br_progress_get_next_item (progress, guide, 1000) == item_at (guide, 0, 0));

  /* Done items are skipped */
  br_progress_set_item_state (progress, item_id (guide, 1, 0), BR_ITEM_STATE_DONE);
  g_assert_true (br_progress_get_next_item (progress, guide, week2) == item_at (guide, 1, 1));
  br_progress_set_item_state (progress, item_id (guide, 0, 0), BR_ITEM_STATE_DONE);
  g_assert_true (br_progress_get_next_item (progress, guide, 1) == item_at (guide, 0, 1));
  g_assert_true (br_progress_get_next_item (progress, guide, 0) == item_at (guide, 0, 1));

  /* An item in progress comes before the ones not started */
  br_progress_set_item_state (progress, item_id (guide, 1, 2), BR_ITEM_STATE_IN_PROGRESS);
  g_assert_true (br_progress_get_next_item (progress, guide, week2) == item_at (guide, 1, 2));
  /* ... within the week's block first */
  g_assert_true (br_progress_get_next_item (progress, guide, 1) == item_at (guide, 0, 1));
  /* ... and across the plan when there is no week's block */
  g_assert_true (br_progress_get_next_item (progress, guide, 0) == item_at (guide, 1, 2));

  /* The week's block all done: what was started elsewhere, else the first
   * item not done */
  set_block_state (progress, guide, 0, BR_ITEM_STATE_DONE);
  g_assert_true (br_progress_get_next_item (progress, guide, 1) == item_at (guide, 1, 2));
  br_progress_set_item_state (progress, item_id (guide, 1, 2), BR_ITEM_STATE_DONE);
  g_assert_true (br_progress_get_next_item (progress, guide, 1) == item_at (guide, 1, 1));
  /* Back to not started: no longer preferred */
  br_progress_set_item_state (progress, item_id (guide, 2, 1), BR_ITEM_STATE_IN_PROGRESS);
  br_progress_set_item_state (progress, item_id (guide, 2, 1), BR_ITEM_STATE_NOT_STARTED);
  g_assert_true (br_progress_get_next_item (progress, guide, 1) == item_at (guide, 1, 1));

  /* All done */
  for (guint b = 0; b < g_list_model_get_n_items (blocks); b++)
    set_block_state (progress, guide, b, BR_ITEM_STATE_DONE);
  g_assert_null (br_progress_get_next_item (progress, guide, 1));
  g_assert_null (br_progress_get_next_item (progress, guide, week2));
  g_assert_null (br_progress_get_next_item (progress, guide, 0));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *bad_dir = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/file-util/move-aside", test_move_aside);
  g_test_add_func ("/progress/persist", test_persist);
  g_test_add_func ("/progress/signals", test_signals);
  g_test_add_func ("/progress/current-week", test_current_week);
  g_test_add_func ("/progress/next-item", test_next_item);
  g_test_add_func ("/progress/start-date-range", test_start_date_range);
  g_test_add_func ("/progress/streak-and-activity", test_streak_and_activity);
  g_test_add_func ("/progress/corrupt", test_corrupt);
  g_test_add_func ("/progress/truncated", test_truncated);
  g_test_add_func ("/progress/newer-version", test_newer_version);
  g_test_add_func ("/progress/newer-version-fixture", test_newer_version_fixture);
  g_test_add_func ("/progress/failed-write/parent-is-file", test_failed_write_parent_is_file);
  g_test_add_func ("/progress/failed-write/file-size-limit", test_failed_write_file_size_limit);
  g_test_add_func ("/progress/failed-write/read-only-dir", test_failed_write_read_only_dir);

  bad_dir = g_test_build_filename (G_TEST_DIST, "data", "progress", "bad", NULL);
  fixtures = br_test_fixtures_new (bad_dir, ".json");
  g_test_add_func ("/progress/bad/expected-matches-files", test_expected_matches_files);
  br_test_fixtures_add_tests (fixtures, "/progress/bad/", test_bad_fixture);

  ret = g_test_run ();

  g_clear_pointer (&fixtures, br_test_fixtures_free);
  return ret;
}
