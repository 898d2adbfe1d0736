/* test-board-document.c — BrBoardDocument without a display: open, save,
 * save as, autosave and draft recovery on a fake timer (no waiting on the
 * clock), cancelled and failed loads, failed saves, the unsaved mark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "br-board-component.h"
#include "br-board-document.h"
#include "br-board-file.h"

typedef struct {
  char *path;         /* a fresh folder */
  GFile *drafts;      /* its drafts folder, made by the first draft */
  BrFakeTimer *timer;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *drafts = NULL;

  fixture->path = g_dir_make_tmp ("br-document-XXXXXX", &error);
  g_assert_no_error (error);
  drafts = g_build_filename (fixture->path, "drafts", NULL);
  fixture->drafts = g_file_new_for_path (drafts);
  fixture->timer = br_fake_timer_new ();
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_remove (path);
      return;
    }
  g_chmod (path, 0700);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      remove_tree (child);
    }
  g_dir_close (dir);
  g_rmdir (path);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  remove_tree (fixture->path);
  g_assert_finalize_object (fixture->timer);
  g_clear_object (&fixture->drafts);
  g_free (fixture->path);
}

static GFile *
tmp_file (Fixture    *fixture,
          const char *name)
{
  g_autofree char *path = g_build_filename (fixture->path, name, NULL);

  return g_file_new_for_path (path);
}

static void
add_box (BrBoard    *board,
         const char *label)
{
  BrItem *item = br_item_new (BR_ITEM_RECTANGLE, 10, 20, 120, 60);

  br_item_set_label (item, label);
  g_assert_nonnull (br_board_add_item (board, item));
}

/* A .brboard of @n boxes, written the ordinary way */
static GFile *
write_board (Fixture    *fixture,
             const char *name,
             guint       n)
{
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(GError) error = NULL;
  GFile *file = tmp_file (fixture, name);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = g_strdup_printf ("Box %u", i);
      add_box (board, label);
    }
  g_assert_true (br_board_save_to_file (board, file, NULL, &error));
  g_assert_no_error (error);
  return file;
}

static GBytes *
file_bytes (GFile *file)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = g_file_load_bytes (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return bytes;
}

static guint
n_drafts (Fixture *fixture)
{
  g_autoptr(GPtrArray) ids = br_board_draft_list (fixture->drafts);

  return ids->len;
}

static BrBoardDocument *
new_document (Fixture *fixture)
{
  g_autoptr(BrBoardDraft) draft = br_board_draft_new (fixture->drafts, NULL);
  BrBoardDocument *document = br_board_document_new (draft);

  br_board_document_set_timer (document, BR_TIMER (fixture->timer));
  return document;
}

/* Counts notifications by property name */
static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              GHashTable *counts)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, pspec->name));

  g_hash_table_insert (counts, (gpointer) pspec->name, GUINT_TO_POINTER (n + 1));
}

static guint
n_notified (GHashTable *counts,
            const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, name));
}

static void
store_result (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Runs the main loop until the operation reports: no clock involved */
static GAsyncResult *
wait_result (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

/* Lets the document's background work (a draft being written) finish:
 * waits on the document, not on a time */
static void
wait_idle (BrBoardDocument *document)
{
  while (br_board_document_get_busy (document))
    g_main_context_iteration (NULL, TRUE);
}

/* Drops the last reference to @object and checks it goes: a worker thread
 * may still be letting go of its task, so this waits for that, not for a
 * time */
static void
assert_finalized (gpointer object)
{
  gpointer weak = object;

  g_object_add_weak_pointer (G_OBJECT (object), &weak);
  g_object_unref (object);
  while (weak != NULL)
    {
      g_main_context_iteration (NULL, FALSE);
      g_thread_yield ();
    }
}

/* ---------------------------------------------------------------------- */

/* The unsaved mark follows the history: undo back to the saved board is
 * unmodified again, a different change is not */
static void
test_modified_undo (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(BrBoardDocument) document = br_board_document_new (NULL);
  g_autoptr(GFile) file = tmp_file (fixture, "Undo.brboard");
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  BrBoard *board = br_board_document_get_board (document);
  const BrItem *item;
  const char *id;

  g_signal_connect (document, "notify", G_CALLBACK (count_notify), counts);
  g_assert_false (br_board_document_get_modified (document));
  g_assert_cmpstr (br_board_document_get_title (document), ==, "Untitled Board");
  g_assert_null (br_board_document_get_name (document));

  add_box (board, "Web");
  g_assert_true (br_board_document_get_modified (document));
  g_assert_cmpuint (n_notified (counts, "modified"), ==, 1);
  g_assert_true (br_board_undo (board));
  g_assert_false (br_board_document_get_modified (document));
  g_assert_true (br_board_redo (board));
  g_assert_true (br_board_document_get_modified (document));
  g_assert_cmpuint (n_notified (counts, "modified"), ==, 3);

  g_assert_true (br_board_document_save_as (document, file, &error));
  g_assert_no_error (error);
  g_assert_false (br_board_document_get_modified (document));
  g_assert_cmpstr (br_board_document_get_title (document), ==, "Undo.brboard");

  /* Away and back, by undo and by redo */
  add_box (board, "Cache");
  g_assert_true (br_board_document_get_modified (document));
  g_assert_true (br_board_undo (board));
  g_assert_false (br_board_document_get_modified (document));
  g_assert_true (br_board_undo (board));
  g_assert_true (br_board_document_get_modified (document));
  g_assert_true (br_board_redo (board));
  g_assert_false (br_board_document_get_modified (document));

  /* Undo, then a different change: not the saved board, and undoing it
   * comes back to the saved one */
  g_assert_true (br_board_undo (board));
  add_box (board, "Queue");
  g_assert_true (br_board_document_get_modified (document));
  g_assert_true (br_board_undo (board));
  g_assert_true (br_board_document_get_modified (document));
  g_assert_true (br_board_redo (board));
  g_assert_true (br_board_document_get_modified (document));

  /* A drag: modified while it runs, back to unmodified when rolled back */
  g_assert_true (br_board_document_save_as (document, file, &error));
  item = br_board_get_item (board, 0);
  id = item->id;
  br_board_begin_transaction (board);
  g_assert_true (br_board_move (board, (const char * const []) { id, NULL }, 5, 5));
  g_assert_true (br_board_document_get_modified (document));
  br_board_rollback (board);
  g_assert_false (br_board_document_get_modified (document));

  /* A change the history does not keep stays a change */
  {
    BrReviewTargets targets;

    br_review_targets_init (&targets);
    targets.p99_ms = 250;
    g_assert_true (br_board_set_targets (board, &targets));
    g_assert_true (br_board_document_get_modified (document));
  }
}

/* Open a .brboard (and one written before, unchanged), save, save as */
static void
test_open_save (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(BrBoardDocument) document = br_board_document_new (NULL);
  g_autoptr(GFile) file = write_board (fixture, "Design.brboard", 3);
  g_autoptr(GFile) other = tmp_file (fixture, "Copy.brboard");
  g_autoptr(GBytes) before = file_bytes (file);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) copied = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *message = NULL;
  BrBoardSource source = BR_BOARD_SOURCE_IMAGE;
  BrBoard *first;

  g_assert_true (br_board_document_load (document, file, &source, &message, &error));
  g_assert_no_error (error);
  g_assert_cmpint (source, ==, BR_BOARD_SOURCE_NATIVE);
  g_assert_null (message);
  g_assert_true (g_file_equal (br_board_document_get_file (document), file));
  g_assert_cmpstr (br_board_document_get_title (document), ==, "Design.brboard");
  g_assert_false (br_board_document_get_modified (document));
  g_assert_cmpuint (br_board_get_n_items (br_board_document_get_board (document)), ==, 3);

  /* Saved unchanged, the file is the same, byte for byte */
  br_board_document_save_async (document, NULL, store_result, &result);
  g_assert_true (br_board_document_get_busy (document));
  g_assert_true (br_board_document_save_finish (document, wait_result (&result), &error));
  g_assert_no_error (error);
  g_assert_false (br_board_document_get_busy (document));
  after = file_bytes (file);
  g_assert_true (g_bytes_equal (before, after));

  /* Save As: the new file is the document's, the old one stays */
  first = br_board_document_get_board (document);
  add_box (first, "Database");
  g_clear_object (&result);
  br_board_document_save_as_async (document, other, NULL, store_result, &result);
  /* A change while it is written is not saved by it */
  add_box (first, "Replica");
  g_assert_true (br_board_document_save_finish (document, wait_result (&result), &error));
  g_assert_no_error (error);
  g_assert_true (g_file_equal (br_board_document_get_file (document), other));
  g_assert_cmpstr (br_board_document_get_title (document), ==, "Copy.brboard");
  g_assert_true (br_board_document_get_modified (document));
  g_assert_true (br_board_document_get_board (document) == first);
  {
    g_autoptr(BrBoard) saved = br_board_new_from_file (other, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (br_board_get_n_items (saved), ==, 4);
  }
  copied = file_bytes (file);
  g_assert_true (g_bytes_equal (before, copied));

  /* Open asynchronously: a new board, the file's */
  g_clear_object (&result);
  br_board_document_load_async (document, file, NULL, store_result, &result);
  g_assert_true (br_board_document_get_loading (document));
  g_assert_true (br_board_document_load_finish (document, wait_result (&result), &source, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (br_board_document_get_loading (document));
  g_assert_true (br_board_document_get_board (document) != first);
  g_assert_cmpuint (br_board_get_n_items (br_board_document_get_board (document)), ==, 3);
  g_assert_true (g_file_equal (br_board_document_get_file (document), file));
  g_assert_false (br_board_document_get_modified (document));

  /* New */
  br_board_document_reset (document, "Design a URL shortener");
  g_assert_null (br_board_document_get_file (document));
  g_assert_cmpstr (br_board_document_get_title (document), ==, "Design a URL shortener");
  g_assert_false (br_board_document_get_modified (document));
  g_assert_cmpuint (br_board_get_n_items (br_board_document_get_board (document)), ==, 0);

  g_clear_object (&result);
  assert_finalized (g_steal_pointer (&document));
}

/* Every property of the document is as it was */
typedef struct {
  BrBoard *board;
  GFile *file;
  char *title;
  gboolean modified;
  guint n_items;
} Snapshot;

static void
take_snapshot (BrBoardDocument *document,
               Snapshot        *snapshot)
{
  snapshot->board = br_board_document_get_board (document);
  snapshot->file = br_board_document_get_file (document);
  snapshot->title = g_strdup (br_board_document_get_title (document));
  snapshot->modified = br_board_document_get_modified (document);
  snapshot->n_items = br_board_get_n_items (snapshot->board);
}

static void
assert_unchanged (BrBoardDocument *document,
                  Snapshot        *snapshot,
                  GHashTable      *counts)
{
  g_assert_true (br_board_document_get_board (document) == snapshot->board);
  g_assert_true (br_board_document_get_file (document) == snapshot->file);
  g_assert_cmpstr (br_board_document_get_title (document), ==, snapshot->title);
  g_assert_cmpint (br_board_document_get_modified (document), ==, snapshot->modified);
  g_assert_cmpuint (br_board_get_n_items (snapshot->board), ==, snapshot->n_items);
  g_assert_false (br_board_document_get_busy (document));
  g_assert_null (br_board_document_get_save_error (document));
  for (const char * const *name = (const char * const []) { "board", "file", "name", "title", "modified", NULL };
       *name != NULL; name++)
    g_assert_cmpuint (n_notified (counts, *name), ==, 0);
  g_free (snapshot->title);
}

/* A load cancelled at any point, or one that fails, changes nothing */
static void
test_load_cancelled (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(BrBoardDocument) document = new_document (fixture);
  g_autoptr(GFile) file = write_board (fixture, "Small.brboard", 2);
  g_autoptr(GFile) big = write_board (fixture, "Big.brboard", 5000);
  g_autoptr(GFile) bad = tmp_file (fixture, "bad.brboard");
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  Snapshot snapshot;

  g_assert_true (br_board_document_load (document, file, NULL, NULL, &error));
  add_box (br_board_document_get_board (document), "Unsaved");
  g_signal_connect (document, "notify", G_CALLBACK (count_notify), counts);

  /* Cancelled while the thread reads, or once it is done but before the
   * main loop has taken the result, or before it starts */
  for (guint when = 0; when < 3; when++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(GAsyncResult) result = NULL;

      take_snapshot (document, &snapshot);
      if (when == 2)
        g_cancellable_cancel (cancellable);
      br_board_document_load_async (document, big, cancellable, store_result, &result);
      g_assert_true (br_board_document_get_loading (document));
      if (when == 1)
        /* Wait for the thread: it is done once the main context has
         * something to dispatch, which is the result */
        while (!g_main_context_pending (NULL))
          g_thread_yield ();
      g_cancellable_cancel (cancellable);
      g_assert_false (br_board_document_load_finish (document, wait_result (&result), NULL, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_clear_error (&error);
      g_hash_table_remove (counts, "loading");
      g_hash_table_remove (counts, "busy");
      assert_unchanged (document, &snapshot, counts);
    }

  /* A file that does not load */
  {
    g_autoptr(GAsyncResult) result = NULL;

    g_assert_true (g_file_set_contents (g_file_peek_path (bad), "{\"format\": \"bar-raiser-board\", \"version\": 1, \"items\": [", -1, NULL));
    take_snapshot (document, &snapshot);
    br_board_document_load_async (document, bad, NULL, store_result, &result);
    g_assert_false (br_board_document_load_finish (document, wait_result (&result), NULL, NULL, &error));
    g_assert_nonnull (error);
    g_assert_nonnull (strstr (error->message, "bad.brboard"));
    g_clear_error (&error);
    g_hash_table_remove (counts, "loading");
    g_hash_table_remove (counts, "busy");
    assert_unchanged (document, &snapshot, counts);
  }

  /* The autosave it had pending is still on */
  g_assert_cmpuint (n_drafts (fixture), ==, 0);
  br_fake_timer_advance (fixture->timer, BR_BOARD_DOCUMENT_AUTOSAVE_DEADLINE_MS);
  wait_idle (document);
  g_assert_cmpuint (n_drafts (fixture), ==, 1);

  br_board_document_mark_discarded (document);
  assert_finalized (g_steal_pointer (&document));
  g_assert_cmpuint (n_drafts (fixture), ==, 0);
}

/* A copy of a .brboard opens in the background as a board with no file,
 * named as asked and not modified; one that fails or is cancelled changes
 * nothing, and a copy is never of anything but a .brboard */
static void
test_open_copy (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(BrBoardDocument) document = new_document (fixture);
  g_autoptr(GFile) file = write_board (fixture, "Shown.brboard", 1);
  g_autoptr(GFile) attempt = write_board (fixture, "Attempt.brboard", 3);
  g_autoptr(GFile) bad = tmp_file (fixture, "bad.brboard");
  g_autoptr(GFile) drawing = tmp_file (fixture, "drawing.excalidraw");
  g_autoptr(GBytes) attempt_before = file_bytes (attempt);
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  Snapshot snapshot;

  g_assert_true (br_board_document_load (document, file, NULL, NULL, &error));
  add_box (br_board_document_get_board (document), "Unsaved");
  g_signal_connect (document, "notify", G_CALLBACK (count_notify), counts);

  /* Cancelled before it starts, or while the thread reads */
  for (guint when = 0; when < 2; when++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(GAsyncResult) result = NULL;

      take_snapshot (document, &snapshot);
      if (when == 0)
        g_cancellable_cancel (cancellable);
      br_board_document_open_copy_async (document, attempt, "Copy", cancellable, store_result, &result);
      g_assert_true (br_board_document_get_loading (document));
      g_cancellable_cancel (cancellable);
      g_assert_false (br_board_document_open_copy_finish (document, wait_result (&result), &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_clear_error (&error);
      g_hash_table_remove (counts, "loading");
      g_hash_table_remove (counts, "busy");
      assert_unchanged (document, &snapshot, counts);
    }

  /* A file that does not load, and a drawing (only a .brboard is copied):
   * the error names the file */
  g_assert_true (g_file_set_contents (g_file_peek_path (bad), "{\"format\": \"bar-raiser-board\", \"version\": 1, \"items\": [", -1, NULL));
  g_assert_true (g_file_set_contents (g_file_peek_path (drawing), "{\"type\": \"excalidraw\", \"version\": 2, \"elements\": []}", -1, NULL));
  for (GFile * const *f = (GFile * const []) { bad, drawing, NULL }; *f != NULL; f++)
    {
      g_autoptr(GAsyncResult) result = NULL;
      g_autofree char *basename = g_file_get_basename (*f);

      take_snapshot (document, &snapshot);
      br_board_document_open_copy_async (document, *f, "Copy", NULL, store_result, &result);
      g_assert_false (br_board_document_open_copy_finish (document, wait_result (&result), &error));
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, basename));
      g_clear_error (&error);
      g_hash_table_remove (counts, "loading");
      g_hash_table_remove (counts, "busy");
      assert_unchanged (document, &snapshot, counts);
    }

  /* The copy */
  {
    g_autoptr(GAsyncResult) result = NULL;

    br_board_document_open_copy_async (document, attempt, "Design S3 (Friday)", NULL, store_result, &result);
    g_assert_true (br_board_document_open_copy_finish (document, wait_result (&result), &error));
    g_assert_no_error (error);
    g_assert_false (br_board_document_get_busy (document));
    g_assert_null (br_board_document_get_file (document));
    g_assert_cmpstr (br_board_document_get_title (document), ==, "Design S3 (Friday)");
    g_assert_false (br_board_document_get_modified (document));
    g_assert_cmpuint (br_board_get_n_items (br_board_document_get_board (document)), ==, 3);
  }

  /* The same on the calling thread */
  g_assert_true (br_board_document_open_copy (document, file, "Again", &error));
  g_assert_no_error (error);
  g_assert_null (br_board_document_get_file (document));
  g_assert_cmpstr (br_board_document_get_title (document), ==, "Again");
  g_assert_cmpuint (br_board_get_n_items (br_board_document_get_board (document)), ==, 1);

  /* Editing the copy never touches the file it came from */
  add_box (br_board_document_get_board (document), "More");
  br_fake_timer_advance (fixture->timer, BR_BOARD_DOCUMENT_AUTOSAVE_DEADLINE_MS);
  wait_idle (document);
  {
    g_autoptr(GBytes) attempt_after = file_bytes (attempt);

    g_assert_true (g_bytes_equal (attempt_before, attempt_after));
  }

  br_board_document_mark_discarded (document);
  assert_finalized (g_steal_pointer (&document));
}

/* The draft is written 1 s after the last change, 2 s at most after the
 * first one not written; saving or going back to the saved board removes
 * it; closing keeps unsaved work, unless it was discarded */
static void
test_autosave (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(BrBoardDocument) document = new_document (fixture);
  g_autoptr(GFile) file = tmp_file (fixture, "Kept.brboard");
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) origin = NULL;
  g_autoptr(BrBoard) kept = NULL;
  BrBoardDraft *draft = br_board_document_get_draft (document);
  BrBoard *board = br_board_document_get_board (document);

  g_assert_nonnull (draft);
  g_assert_cmpuint (br_fake_timer_get_n_pending (fixture->timer), ==, 0);

  add_box (board, "Web");
  g_assert_cmpint (br_fake_timer_get_next_due (fixture->timer), ==, BR_BOARD_DOCUMENT_AUTOSAVE_DELAY_MS);
  br_fake_timer_advance (fixture->timer, BR_BOARD_DOCUMENT_AUTOSAVE_DELAY_MS - 1);
  g_assert_false (br_board_document_get_busy (document));
  g_assert_false (br_board_draft_exists (draft));
  br_fake_timer_advance (fixture->timer, 1);
  /* Written by a worker thread */
  g_assert_true (br_board_document_get_busy (document));
  wait_idle (document);
  g_assert_true (br_board_draft_exists (draft));
  /* The deadline finds it written: nothing more */
  br_fake_timer_advance (fixture->timer, BR_BOARD_DOCUMENT_AUTOSAVE_DEADLINE_MS);
  g_assert_cmpuint (br_fake_timer_get_n_pending (fixture->timer), ==, 0);
  kept = br_board_draft_read (draft, &origin, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (br_board_get_n_items (kept), ==, 1);
  g_assert_null (origin);
  g_clear_object (&kept);

  /* A change every half second: the delay never runs out, the deadline does */
  g_assert_true (br_board_document_save_as (document, file, &error));
  g_assert_false (br_board_draft_exists (draft));
  for (guint i = 0; i < 3; i++)
    {
      add_box (board, "Worker");
      br_fake_timer_advance (fixture->timer, 500);
      g_assert_false (br_board_document_get_busy (document));
      g_assert_false (br_board_draft_exists (draft));
    }
  add_box (board, "Worker");
  br_fake_timer_advance (fixture->timer, 500);
  wait_idle (document);
  g_assert_true (br_board_draft_exists (draft));
  kept = br_board_draft_read (draft, &origin, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (br_board_get_n_items (kept), ==, 5);
  g_assert_true (g_file_equal (origin, file));
  g_clear_object (&kept);

  /* A write still in flight when the work is saved: the draft is gone
   * once it is done, never brought back by the older write */
  add_box (board, "Queue");
  br_fake_timer_advance (fixture->timer, BR_BOARD_DOCUMENT_AUTOSAVE_DEADLINE_MS);
  g_assert_true (br_board_document_get_busy (document));
  g_assert_true (br_board_document_save_as (document, file, &error));
  wait_idle (document);
  g_assert_false (br_board_draft_exists (draft));
  for (guint i = 0; i < 4; i++)
    add_box (board, "Shard");
  br_fake_timer_advance (fixture->timer, BR_BOARD_DOCUMENT_AUTOSAVE_DEADLINE_MS);
  wait_idle (document);
  g_assert_true (br_board_draft_exists (draft));

  /* Back to the saved board by undo: the next autosave removes the draft */
  for (guint i = 0; i < 4; i++)
    g_assert_true (br_board_undo (board));
  g_assert_false (br_board_document_get_modified (document));
  br_fake_timer_advance (fixture->timer, BR_BOARD_DOCUMENT_AUTOSAVE_DEADLINE_MS);
  g_assert_false (br_board_draft_exists (draft));

  /* Flushed at once on demand */
  add_box (board, "Search");
  br_board_document_flush_draft (document);
  g_assert_true (br_board_draft_exists (draft));
  g_assert_cmpuint (br_fake_timer_get_n_pending (fixture->timer), ==, 0);

  /* Saving removes it, and what is pending */
  add_box (board, "CDN");
  g_assert_true (br_board_document_save_as (document, file, &error));
  g_assert_false (br_board_draft_exists (draft));
  g_assert_cmpuint (br_fake_timer_get_n_pending (fixture->timer), ==, 0);

  /* Closing with unsaved work keeps it at once, with nothing pending */
  add_box (board, "Stream");
  g_assert_cmpuint (n_drafts (fixture), ==, 0);
  br_board_document_close (document);
  g_assert_cmpuint (n_drafts (fixture), ==, 1);
  g_assert_cmpuint (br_fake_timer_get_n_pending (fixture->timer), ==, 0);
  g_assert_null (br_board_document_get_draft (document));
  /* Closed: changes no longer autosave */
  add_box (board, "Late");
  g_assert_cmpuint (br_fake_timer_get_n_pending (fixture->timer), ==, 0);
  g_assert_finalize_object (g_steal_pointer (&document));
  g_assert_cmpuint (n_drafts (fixture), ==, 1);

  /* ...and a discarded one leaves none */
  {
    g_autoptr(BrBoardDocument) restored = br_board_document_new_restoring (fixture->drafts, NULL);

    br_board_document_set_timer (restored, BR_TIMER (fixture->timer));
    g_assert_true (br_board_document_get_modified (restored));
    br_board_document_mark_discarded (restored);
    g_assert_finalize_object (g_steal_pointer (&restored));
    g_assert_cmpuint (n_drafts (fixture), ==, 0);
  }
}

static void
count_failed (BrBoardDocument *document,
              const GError    *error,
              guint           *n)
{
  g_assert_nonnull (error);
  (*n)++;
}

/* A draft that cannot be written is reported; the work stays in memory */
static void
test_autosave_failed (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(BrBoardDocument) document = new_document (fixture);
  guint n_failed = 0;

  /* The drafts folder cannot be made: a file is in the way */
  g_assert_true (g_file_set_contents (g_file_peek_path (fixture->drafts), "", 0, NULL));
  g_signal_connect (document, "draft-failed", G_CALLBACK (count_failed), &n_failed);
  add_box (br_board_document_get_board (document), "Web");
  br_fake_timer_advance (fixture->timer, BR_BOARD_DOCUMENT_AUTOSAVE_DEADLINE_MS);
  wait_idle (document);
  g_assert_cmpuint (n_failed, ==, 1);
  g_assert_true (br_board_document_get_modified (document));
  g_assert_cmpuint (br_board_get_n_items (br_board_document_get_board (document)), ==, 1);
  br_board_document_mark_discarded (document);
}

/* A draft left by a crash comes back unsaved, titled after its file, once
 * per process; a damaged one is set aside */
static void
test_draft_recovery (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GFile) origin = tmp_file (fixture, "Crashed.brboard");
  g_autoptr(BrBoardDraft) draft = br_board_draft_new (fixture->drafts, NULL);
  g_autoptr(BrBoardDraft) damaged = NULL;
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrBoardDocument) restored = NULL;
  g_autoptr(BrBoardDocument) second = NULL;
  g_autoptr(BrBoardDocument) third = NULL;
  g_autoptr(GError) error = NULL;
  BrDraftRestore restore = BR_DRAFT_RESTORE_NONE;
  g_autoptr(GBytes) draft_before = NULL;

  add_box (board, "A");
  add_box (board, "B");
  add_box (board, "C");
  g_assert_true (br_board_draft_write (draft, board, origin, &error));
  g_assert_no_error (error);
  draft_before = file_bytes (br_board_draft_get_file (draft));

  restored = br_board_document_new_restoring (fixture->drafts, &restore);
  br_board_document_set_timer (restored, BR_TIMER (fixture->timer));
  g_assert_cmpint (restore, ==, BR_DRAFT_RESTORE_RESTORED);
  g_assert_cmpint (br_board_document_get_draft_restore (restored), ==, BR_DRAFT_RESTORE_RESTORED);
  g_assert_cmpstr (br_board_draft_get_id (br_board_document_get_draft (restored)), ==, br_board_draft_get_id (draft));
  g_assert_cmpuint (br_board_get_n_items (br_board_document_get_board (restored)), ==, 3);
  g_assert_true (br_board_document_get_modified (restored));
  g_assert_true (g_file_equal (br_board_document_get_file (restored), origin));
  g_assert_cmpstr (br_board_document_get_title (restored), ==, "Crashed.brboard");
  /* Left as it was until the work is saved or discarded */
  g_assert_true (g_bytes_equal (draft_before, file_bytes (br_board_draft_get_file (draft))));

  /* Undo cannot make it the saved file: it never was */
  g_assert_false (br_board_can_undo (br_board_document_get_board (restored)));

  /* Another document of this process does not take it */
  second = br_board_document_new_restoring (fixture->drafts, &restore);
  g_assert_cmpint (restore, ==, BR_DRAFT_RESTORE_NONE);
  g_assert_cmpuint (br_board_get_n_items (br_board_document_get_board (second)), ==, 0);
  g_assert_false (br_board_document_get_modified (second));
  g_assert_cmpstr (br_board_document_get_title (second), ==, "Untitled Board");

  /* A damaged draft: set aside, reported, and a fresh board */
  damaged = br_board_draft_new (fixture->drafts, "damaged");
  g_assert_true (g_file_set_contents (g_file_peek_path (br_board_draft_get_file (damaged)), "{ not json", -1, NULL));
  third = br_board_document_new_restoring (fixture->drafts, &restore);
  g_assert_cmpint (restore, ==, BR_DRAFT_RESTORE_DAMAGED);
  g_assert_false (br_board_draft_exists (damaged));
  g_assert_cmpuint (br_board_get_n_items (br_board_document_get_board (third)), ==, 0);
  {
    g_autofree char *drafts_path = g_file_get_path (fixture->drafts);
    g_autoptr(GDir) dir = g_dir_open (drafts_path, 0, NULL);
    const char *name;
    gboolean aside = FALSE;

    while ((name = g_dir_read_name (dir)) != NULL)
      aside |= g_str_has_prefix (name, "damaged.brboard.corrupt-");
    g_assert_true (aside);
  }

  /* Saving the restored board removes its draft */
  g_assert_true (br_board_document_save_as (restored, origin, &error));
  g_assert_no_error (error);
  g_assert_false (br_board_draft_exists (draft));
  g_assert_false (br_board_document_get_modified (restored));
}

/* A save that cannot be written leaves the old file whole and says why */
static void
assert_save_fails (BrBoardDocument *document,
                   GFile           *file,
                   GBytes          *before,
                   gboolean         async)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GBytes) after = NULL;
  const GError *kept;

  if (async)
    {
      g_autoptr(GAsyncResult) result = NULL;

      br_board_document_save_async (document, NULL, store_result, &result);
      g_assert_false (br_board_document_save_finish (document, wait_result (&result), &error));
    }
  else
    g_assert_false (br_board_document_save_as (document, file, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, path));
  kept = br_board_document_get_save_error (document);
  g_assert_nonnull (kept);
  g_assert_cmpstr (kept->message, ==, error->message);
  g_assert_true (br_board_document_get_modified (document));
  g_assert_true (g_file_equal (br_board_document_get_file (document), file));
  after = file_bytes (file);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_save_failed_full (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(BrBoardDocument) document = br_board_document_new (NULL);
  g_autoptr(GFile) file = write_board (fixture, "Full.brboard", 2);
  g_autoptr(GBytes) before = file_bytes (file);
  g_autoptr(GError) error = NULL;
  struct rlimit old_limit, limit;
  void (*old_handler) (int);

  g_assert_true (br_board_document_load (document, file, NULL, NULL, &error));
  add_box (br_board_document_get_board (document), "More than the disk holds");

  /* A full disk, as root too: no file may grow past 16 bytes (EFBIG
   * instead of SIGXFSZ) */
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  limit = old_limit;
  limit.rlim_cur = 16;
  old_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  assert_save_fails (document, file, before, FALSE);
  assert_save_fails (document, file, before, TRUE);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  signal (SIGXFSZ, old_handler);

  /* Once writes work again, saving clears the error */
  g_assert_true (br_board_document_save_as (document, file, &error));
  g_assert_no_error (error);
  g_assert_null (br_board_document_get_save_error (document));
  g_assert_false (br_board_document_get_modified (document));
}

static void
test_save_failed_read_only (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(BrBoardDocument) document = br_board_document_new (NULL);
  g_autoptr(GFile) file = write_board (fixture, "Locked.brboard", 2);
  g_autoptr(GBytes) before = file_bytes (file);
  g_autoptr(GError) error = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root writes into read-only folders; see /board-document/save-failed/full");
      return;
    }

  g_assert_true (br_board_document_load (document, file, NULL, NULL, &error));
  add_box (br_board_document_get_board (document), "Not kept");
  g_assert_cmpint (g_chmod (fixture->path, 0500), ==, 0);
  assert_save_fails (document, file, before, FALSE);
  assert_save_fails (document, file, before, TRUE);
  g_assert_cmpint (g_chmod (fixture->path, 0700), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/board-document/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("modified-undo", test_modified_undo);
  ADD ("open-save", test_open_save);
  ADD ("load-cancelled", test_load_cancelled);
  ADD ("open-copy", test_open_copy);
  ADD ("autosave", test_autosave);
  ADD ("autosave-failed", test_autosave_failed);
  ADD ("draft-recovery", test_draft_recovery);
  ADD ("save-failed/full", test_save_failed_full);
  ADD ("save-failed/read-only", test_save_failed_read_only);

  return g_test_run ();
}
