/* test-board-estimate.c — estimate notes: placing one, keeping it in step
 * with the estimator (one undo step per change), the file, Excalidraw and
 * embedded image round trips, and an estimate as the clients' load
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "br-board.h"
#include "br-board-component.h"
#include "br-board-estimate.h"
#include "br-board-export.h"
#include "br-board-file.h"
#include "br-estimate-link.h"
#include "br-estimate-load.h"
#include "br-excalidraw.h"
#include "br-review.h"

#define IDS(...) ((const char * const[]) { __VA_ARGS__, NULL })

static const char * const example[] = {
  "dau=100M", "actions=10", "read-write=100:1", "peak=3", "write-size=1KB",
  "read-size=10KB", "retention=5y", "replication=3", NULL
};

static BrEstimate *
new_example (void)
{
  BrEstimate *estimate = br_estimate_new ();

  g_assert_true (br_estimate_set_pairs (estimate, example, NULL));
  return estimate;
}

static char *
serialize (BrBoard *board)
{
  g_autoptr(GBytes) bytes = br_board_to_bytes (board);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* The figure @output of @estimate, as the note must show it */
static char *
figure (BrEstimate       *estimate,
        BrEstimateOutput  output)
{
  char *text = br_estimate_format_output (estimate, output);

  g_assert_nonnull (text);
  return text;
}

static void
assert_note_shows (BrBoard    *board,
                   const char *id,
                   BrEstimate *estimate)
{
  const BrItem *note = br_board_lookup (board, id);
  static const BrEstimateOutput shown[] = {
    BR_ESTIMATE_PEAK_READ_RPS, BR_ESTIMATE_PEAK_WRITE_RPS, BR_ESTIMATE_STORAGE_TOTAL,
    BR_ESTIMATE_EGRESS, BR_ESTIMATE_PEAK_EGRESS,
  };

  g_assert_nonnull (note);
  g_assert_nonnull (note->estimate);
  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    {
      g_autofree char *text = figure (estimate, shown[i]);

      g_assert_nonnull (strstr (note->label, text));
    }
  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    g_assert_cmpstr (note->estimate->inputs[i], ==, br_estimate_get_input (estimate, i));
}

static void
test_place (void)
{
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrEstimate) estimate = new_example ();
  g_autoptr(BrEstimate) back = br_estimate_new ();
  g_autoptr(BrReference) reference = br_reference_new_builtin (NULL);
  g_autoptr(BrReview) review = NULL;
  g_autofree char *id = NULL;
  const BrItem *note;

  id = g_strdup (br_board_add_estimate_note (board, estimate, 100, 200));
  note = br_board_lookup (board, id);
  g_assert_nonnull (strstr (note->label, "34.4k/s"));       /* peak reads */
  g_assert_nonnull (strstr (note->label, "344/s"));         /* peak writes */
  g_assert_nonnull (strstr (note->label, "54.2 TB"));       /* 5 years, 3 copies */
  assert_note_shows (board, id, estimate);
  g_assert_cmpfloat_with_epsilon (note->x + note->width / 2, 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (note->y + note->height / 2, 200, 1e-9);
  g_assert_true (br_board_has_estimate_notes (board));

  /* The review never takes its figures for a component */
  review = br_review_new (board, reference, 1.0, NULL);
  g_assert_null (br_review_find_node (review, id));

  g_assert_true (br_board_get_note_estimate (board, id, back));
  g_assert_cmpstr (br_estimate_get_input (back, BR_ESTIMATE_DAU), ==, "100M");
  g_assert_false (br_board_get_note_estimate (board, "nothing", back));

  /* Placing is one step */
  g_assert_cmpuint (br_board_get_n_undo_steps (board), ==, 1);
  g_assert_true (br_board_undo (board));
  g_assert_null (br_board_lookup (board, id));
  g_assert_false (br_board_has_estimate_notes (board));
  g_assert_true (br_board_redo (board));
  assert_note_shows (board, id, estimate);
}

static void
test_update_and_undo (void)
{
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrEstimate) estimate = new_example ();
  g_autoptr(BrEstimate) before = new_example ();
  g_autoptr(BrEstimateLink) link = NULL;
  g_autofree char *id = NULL;
  g_autofree char *label_before = NULL;

  id = g_strdup (br_board_add_estimate_note (board, estimate, 0, 0));
  label_before = g_strdup (br_board_lookup (board, id)->label);

  /* Another estimate, linked: it takes the note's inputs */
  g_clear_object (&estimate);
  estimate = br_estimate_new ();
  link = br_estimate_link_new (board, id, estimate);
  g_assert_nonnull (link);
  g_assert_true (br_estimate_link_is_active (link));
  g_assert_cmpstr (br_estimate_get_input (estimate, BR_ESTIMATE_DAU), ==, "100M");
  g_assert_cmpuint (br_board_get_n_undo_steps (board), ==, 1);

  /* "200M" typed a character at a time into one input: one step */
  br_estimate_set_input (estimate, BR_ESTIMATE_DAU, "");
  br_estimate_set_input (estimate, BR_ESTIMATE_DAU, "2");
  br_estimate_set_input (estimate, BR_ESTIMATE_DAU, "20");
  br_estimate_set_input (estimate, BR_ESTIMATE_DAU, "200");
  br_estimate_set_input (estimate, BR_ESTIMATE_DAU, "200M");
  g_assert_cmpuint (br_board_get_n_undo_steps (board), ==, 2);
  assert_note_shows (board, id, estimate);
  g_assert_nonnull (strstr (br_board_lookup (board, id)->label, "68.8k/s"));

  /* Another input is another step */
  br_estimate_set_input (estimate, BR_ESTIMATE_PEAK, "4");
  g_assert_cmpuint (br_board_get_n_undo_steps (board), ==, 3);
  assert_note_shows (board, id, estimate);

  /* Undo takes the note back a change at a time, and the estimate with it */
  g_assert_true (br_board_undo (board));
  g_assert_cmpstr (br_estimate_get_input (estimate, BR_ESTIMATE_PEAK), ==, "3");
  g_assert_cmpstr (br_estimate_get_input (estimate, BR_ESTIMATE_DAU), ==, "200M");
  assert_note_shows (board, id, estimate);
  g_assert_true (br_board_undo (board));
  g_assert_cmpstr (br_estimate_get_input (estimate, BR_ESTIMATE_DAU), ==, "100M");
  g_assert_cmpstr (br_board_lookup (board, id)->label, ==, label_before);
  assert_note_shows (board, id, before);
  g_assert_true (br_board_redo (board));
  g_assert_cmpstr (br_estimate_get_input (estimate, BR_ESTIMATE_DAU), ==, "200M");

  /* After an undo, typing into the same input again is a new step */
  g_assert_true (br_board_undo (board));
  br_estimate_set_input (estimate, BR_ESTIMATE_DAU, "1");
  g_assert_cmpuint (br_board_get_n_undo_steps (board), ==, 2);
  g_assert_false (br_board_can_redo (board));

  /* Another change on the board between two characters: two steps */
  br_estimate_set_input (estimate, BR_ESTIMATE_DAU, "10");
  g_assert_cmpuint (br_board_get_n_undo_steps (board), ==, 2);
  br_board_add_item (board, br_item_new (BR_ITEM_RECTANGLE, 500, 0, 40, 40));
  br_estimate_set_input (estimate, BR_ESTIMATE_DAU, "10M");
  g_assert_cmpuint (br_board_get_n_undo_steps (board), ==, 4);

  /* The whole estimate at once is one step */
  br_estimate_clear (estimate);
  g_assert_cmpuint (br_board_get_n_undo_steps (board), ==, 5);
  g_assert_nonnull (strstr (br_board_lookup (board, id)->label, "—"));

  /* Without the note, changes go nowhere */
  g_assert_true (br_board_remove (board, IDS (id)));
  g_assert_false (br_estimate_link_is_active (link));
  br_estimate_set_example (estimate);
  g_assert_cmpuint (br_board_get_n_undo_steps (board), ==, 6);
  g_assert_true (br_board_undo (board));
  g_assert_true (br_estimate_link_is_active (link));

  /* Nor to a board that is gone */
  g_clear_object (&board);
  g_assert_false (br_estimate_link_is_active (link));
  br_estimate_set_input (estimate, BR_ESTIMATE_DAU, "5M");
  g_assert_finalize_object (g_steal_pointer (&link));
}

static void
test_not_a_note (void)
{
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrEstimate) estimate = new_example ();
  const char *id = br_board_add_item (board, br_item_new (BR_ITEM_RECTANGLE, 0, 0, 40, 40));

  g_assert_null (br_estimate_link_new (board, id, estimate));
  g_assert_null (br_estimate_link_new (board, "missing", estimate));
  g_assert_false (br_board_set_note_estimate (board, id, estimate, FALSE));
  g_assert_cmpuint (br_board_get_n_undo_steps (board), ==, 1);
}

/* A board with a note, saved, opened, saved again: the same bytes, the
 * inputs kept; version 3 only with a note */
static void
test_file_round_trip (void)
{
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrBoard) plain = br_board_new ();
  g_autoptr(BrEstimate) estimate = new_example ();
  g_autoptr(BrBoard) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  g_autofree char *plain_text = NULL;
  const char *id;

  br_estimate_set_input (estimate, BR_ESTIMATE_CAPACITY, "2k");
  id = br_board_add_estimate_note (board, estimate, 10, 20);
  text = serialize (board);
  g_assert_nonnull (strstr (text, "\"version\": 3,"));
  g_assert_nonnull (strstr (text, "\"estimate\": {\"dau\": \"100M\", \"actions\": \"10\""));
  g_assert_nonnull (strstr (text, "\"capacity\": \"2k\"}"));

  bytes = g_bytes_new (text, strlen (text));
  loaded = br_board_parse (bytes, &error);
  g_assert_no_error (error);
  assert_note_shows (loaded, id, estimate);
  again = serialize (loaded);
  g_assert_cmpstr (again, ==, text);

  br_board_add_item (plain, br_item_new (BR_ITEM_RECTANGLE, 0, 0, 40, 40));
  plain_text = serialize (plain);
  g_assert_nonnull (strstr (plain_text, "\"version\": 1,"));
}

/* The fixture, as written by hand, loads and saves to the same bytes */
static void
test_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "board", "good", "estimate-note.brboard", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) board = br_board_new_from_file (file, NULL, &error);
  g_autoptr(BrEstimate) estimate = new_example ();
  g_autofree char *contents = NULL;
  g_autofree char *saved = NULL;
  const BrItem *empty;

  g_assert_no_error (error);
  assert_note_shows (board, "note", estimate);
  empty = br_board_lookup (board, "empty");
  g_assert_nonnull (empty->estimate);
  g_assert_cmpstr (empty->estimate->inputs[BR_ESTIMATE_DAU], ==, "");

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  saved = serialize (board);
  g_assert_cmpstr (saved, ==, contents);
}

static void
test_excalidraw_round_trip (void)
{
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrEstimate) estimate = new_example ();
  g_autoptr(BrBoard) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const BrItem *note;
  const char *id;

  br_estimate_set_input (estimate, BR_ESTIMATE_READ_SIZE, "2 KiB");
  id = br_board_add_estimate_note (board, estimate, 0, 0);
  bytes = br_excalidraw_to_bytes (board);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  "\"estimate\": {\"dau\": \"100M\""));
  loaded = br_excalidraw_parse (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (br_board_get_n_items (loaded), ==, 1);
  note = br_board_get_item (loaded, 0);
  g_assert_cmpint (note->kind, ==, BR_ITEM_ROUNDED_RECTANGLE);
  g_assert_nonnull (note->estimate);
  g_assert_true (br_item_estimate_equal (note->estimate, br_board_lookup (board, id)->estimate));
  g_assert_cmpstr (note->label, ==, br_board_lookup (board, id)->label);
}

static void
test_embedded_round_trip (void)
{
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrEstimate) estimate = new_example ();
  const char *id = br_board_add_estimate_note (board, estimate, 0, 0);
  BrExportFormat formats[] = { BR_EXPORT_PNG, BR_EXPORT_SVG };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GBytes) image = NULL;
      g_autoptr(BrBoard) back = NULL;
      g_autoptr(GError) error = NULL;
      BrExportOptions options;

      br_export_options_init (&options);
      options.format = formats[i];
      options.embed = TRUE;
      image = br_board_export (board, &options, &error);
      g_assert_no_error (error);
      back = br_board_export_extract (image, &error);
      g_assert_no_error (error);
      assert_note_shows (back, id, estimate);
    }
}

static void
test_entry_load (void)
{
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrEstimate) estimate = new_example ();
  g_autoptr(BrEstimate) empty = br_estimate_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_auto(GStrv) clients = NULL;
  g_autofree char *app = NULL, *users = NULL, *service = NULL, *note = NULL;
  double reads, writes;
  BrItem *item;

  /* No client yet */
  service = g_strdup (br_board_add_item (board, br_item_new_stencil (BR_STENCIL_SERVICE, 300, 0, 80, 60)));
  note = g_strdup (br_board_add_estimate_note (board, estimate, 0, 300));
  g_assert_false (br_estimate_use_as_entry_load (estimate, board, &summary, &error));
  g_assert_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_EMPTY);
  g_assert_null (summary);
  g_clear_error (&error);

  /* A Client stencil and a shape labeled "Users" */
  app = g_strdup (br_board_add_item (board, br_item_new_stencil (BR_STENCIL_CLIENT, 0, 0, 80, 60)));
  item = br_item_new (BR_ITEM_RECTANGLE, 0, 100, 80, 60);
  br_item_set_label (item, "Users");
  users = g_strdup (br_board_add_item (board, item));
  clients = br_board_find_clients (board);
  g_assert_cmpuint (g_strv_length (clients), ==, 2);
  g_assert_true (g_strv_contains ((const char * const *) clients, app));
  g_assert_true (g_strv_contains ((const char * const *) clients, users));

  /* An estimate without its traffic figures */
  g_assert_false (br_estimate_use_as_entry_load (empty, board, NULL, &error));
  g_assert_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_EMPTY);
  g_clear_error (&error);

  g_assert_cmpuint (br_board_get_n_undo_steps (board), ==, 4);
  g_assert_true (br_estimate_use_as_entry_load (estimate, board, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (br_board_get_n_undo_steps (board), ==, 5);
  g_assert_cmpstr (summary, ==, "2 clients: 5.79k/s each on average, 99% reads, peak ×3");

  /* 100M × 10 / 86,400 s = 11.6k/s in all, split equally */
  g_assert_true (br_estimate_get_output (estimate, BR_ESTIMATE_READ_RPS, &reads));
  g_assert_true (br_estimate_get_output (estimate, BR_ESTIMATE_WRITE_RPS, &writes));
  for (guint i = 0; i < 2; i++)
    {
      const BrItem *client = br_board_lookup (board, i == 0 ? app : users);

      g_assert_cmpfloat_with_epsilon (br_item_get_field (client, BR_FIELD_ENTRY_RATE, 0), (reads + writes) / 2, 1e-6);
      g_assert_cmpfloat_with_epsilon (br_item_get_field (client, BR_FIELD_READ_SHARE, 0), 100.0 / 101.0, 1e-12);
      g_assert_cmpfloat (br_item_get_field (client, BR_FIELD_PEAK_FACTOR, 0), ==, 3);
    }
  g_assert_false (br_item_has_field (br_board_lookup (board, service), BR_FIELD_ENTRY_RATE));
  g_assert_false (br_item_has_field (br_board_lookup (board, note), BR_FIELD_ENTRY_RATE));

  /* One undo step takes all of it back */
  g_assert_true (br_board_undo (board));
  g_assert_false (br_item_has_field (br_board_lookup (board, app), BR_FIELD_ENTRY_RATE));
  g_assert_false (br_item_has_field (br_board_lookup (board, users), BR_FIELD_PEAK_FACTOR));

  /* Clients with rates of their own keep their split */
  g_assert_true (br_board_set_field (board, IDS (app), BR_FIELD_ENTRY_RATE, 3000, NULL));
  g_assert_true (br_board_set_field (board, IDS (users), BR_FIELD_ENTRY_RATE, 1000, NULL));
  g_clear_pointer (&summary, g_free);
  g_assert_true (br_estimate_use_as_entry_load (estimate, board, &summary, NULL));
  g_assert_cmpstr (summary, ==, "2 clients: 11.6k/s on average in all, split as their rates were, 99% reads, peak ×3");
  g_assert_cmpfloat_with_epsilon (br_item_get_field (br_board_lookup (board, app), BR_FIELD_ENTRY_RATE, 0),
                                  (reads + writes) * 0.75, 1e-6);
  g_assert_cmpfloat_with_epsilon (br_item_get_field (br_board_lookup (board, users), BR_FIELD_ENTRY_RATE, 0),
                                  (reads + writes) * 0.25, 1e-6);
  g_assert_true (br_board_undo (board));
  g_assert_true (br_board_undo (board));
  g_assert_true (br_board_undo (board));

  /* A figure out of a property's range is refused, naming it */
  br_estimate_set_input (estimate, BR_ESTIMATE_DAU, "10B");
  br_estimate_set_input (estimate, BR_ESTIMATE_ACTIONS, "100k");
  g_assert_false (br_estimate_use_as_entry_load (estimate, board, NULL, &error));
  g_assert_error (error, BR_ESTIMATE_ERROR, BR_ESTIMATE_ERROR_RANGE);
  g_assert_nonnull (strstr (error->message, "Average requests"));
  g_assert_cmpuint (br_board_get_n_undo_steps (board), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/board-estimate/place", test_place);
  g_test_add_func ("/board-estimate/update-and-undo", test_update_and_undo);
  g_test_add_func ("/board-estimate/not-a-note", test_not_a_note);
  g_test_add_func ("/board-estimate/file-round-trip", test_file_round_trip);
  g_test_add_func ("/board-estimate/fixture", test_fixture);
  g_test_add_func ("/board-estimate/excalidraw-round-trip", test_excalidraw_round_trip);
  g_test_add_func ("/board-estimate/embedded-round-trip", test_embedded_round_trip);
  g_test_add_func ("/board-estimate/entry-load", test_entry_load);
  return g_test_run ();
}
