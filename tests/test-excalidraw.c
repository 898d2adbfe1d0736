/* test-excalidraw.c — Excalidraw drawings: import, export, round trips and
 * malformed files
 *
 * Every drawing in tests/data/excalidraw/good/ is read and checked for the
 * items, labels and bindings it must give; every file in
 * tests/data/excalidraw/bad/ must fail with the error its line in
 * bad/EXPECTED names (see bad/README.md). Boards written as drawings must
 * hold what Excalidraw needs to show them, and read back to the same items.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "br-board.h"
#include "br-board-component.h"
#include "br-board-file.h"
#include "br-board-label.h"
#include "br-excalidraw.h"
#include "br-test-boards.h"
#include "br-test-fixtures.h"

static BrTestFixtures *fixtures;

static BrBoard *
load_good (const char         *name,
           BrExcalidrawReport *report)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "excalidraw", "good", name, NULL);
  g_autoptr(GBytes) bytes = br_test_load_bytes (path);
  g_autoptr(GError) error = NULL;
  BrBoard *board = br_excalidraw_parse (bytes, report, &error);

  g_assert_no_error (error);
  g_assert_nonnull (board);
  g_assert_false (br_board_can_undo (board));
  return board;
}

static const BrItem *
item (BrBoard    *board,
      const char *id,
      BrItemKind  kind)
{
  const BrItem *found = br_board_lookup (board, id);

  if (found == NULL)
    g_error ("no item “%s”", id);
  g_assert_cmpstr (br_item_kind_to_string (found->kind), ==, br_item_kind_to_string (kind));
  return found;
}

/* A standalone text shows @n lines, all inside its box */
static void
assert_text_lines (const BrItem *it,
                   int           n)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (br_label_get_context ());
  PangoRectangle logical;
  BrRect area;

  br_item_get_text_area (it, TRUE, &area);
  br_label_layout_setup (layout, it, it->label, area.width);
  g_assert_cmpint (pango_layout_get_line_count (layout), ==, n);
  pango_layout_get_extents (layout, NULL, &logical);
  g_assert_cmpfloat ((double) logical.width / PANGO_SCALE, <=, area.width + 1e-6);
  g_assert_cmpfloat ((double) logical.height / PANGO_SCALE, <=, area.height + 1e-6);
}

static void
assert_box (const BrItem *it,
            double        x,
            double        y,
            double        width,
            double        height)
{
  g_assert_cmpfloat_with_epsilon (it->x, x, 1e-9);
  g_assert_cmpfloat_with_epsilon (it->y, y, 1e-9);
  g_assert_cmpfloat_with_epsilon (it->width, width, 1e-9);
  g_assert_cmpfloat_with_epsilon (it->height, height, 1e-9);
}

static void
assert_end (const BrItem *arrow,
            BrArrowSide   side,
            const char   *bound_to,
            double        x,
            double        y)
{
  g_assert_cmpstr (arrow->ends[side].item_id, ==, bound_to);
  if (bound_to == NULL)
    {
      g_assert_cmpfloat_with_epsilon (arrow->ends[side].x, x, 1e-9);
      g_assert_cmpfloat_with_epsilon (arrow->ends[side].y, y, 1e-9);
    }
}

static gboolean
report_is_empty (const BrExcalidrawReport *report)
{
  static const BrExcalidrawReport empty = { { 0 } };

  return memcmp (report, &empty, sizeof empty) == 0;
}

/* ---------------------------------------------------------------------- */
/* Good drawings, one kind of element each                                 */

static void
test_rectangle (void)
{
  BrExcalidrawReport report;
  g_autoptr(BrBoard) board = load_good ("rectangle.excalidraw", &report);
  const BrItem *it;

  g_assert_true (report_is_empty (&report));
  g_assert_cmpuint (br_board_get_n_items (board), ==, 3);
  it = item (board, "r1", BR_ITEM_RECTANGLE);
  assert_box (it, 100, 50, 200, 100);
  g_assert_false (it->filled);
  g_assert_cmpuint (it->stroke_color, ==, 0);
  g_assert_cmpstr (it->label, ==, "");
  it = item (board, "r2", BR_ITEM_ROUNDED_RECTANGLE);
  g_assert_true (it->filled);
  g_assert_cmpuint (it->fill_color, ==, 5);      /* Excalidraw's light blue */
  g_assert_cmpuint (it->stroke_color, ==, 5);    /* and its blue */
  /* Drawn backwards: the box is flipped */
  assert_box (item (board, "r3", BR_ITEM_RECTANGLE), 420, 160, 80, 40);
}

static void
test_ellipse (void)
{
  BrExcalidrawReport report;
  g_autoptr(BrBoard) board = load_good ("ellipse.excalidraw", &report);
  const BrItem *it = item (board, "e1", BR_ITEM_ELLIPSE);

  g_assert_true (report_is_empty (&report));
  assert_box (it, -50, -20, 140, 90);
  g_assert_true (it->filled);
  g_assert_cmpuint (it->fill_color, ==, 1);      /* light red */
  g_assert_cmpint (it->stroke_width, ==, BR_STROKE_BOLD);
  g_assert_cmpint (it->line_style, ==, BR_LINE_DASHED);
}

static void
test_diamond (void)
{
  BrExcalidrawReport report;
  g_autoptr(BrBoard) board = load_good ("diamond.excalidraw", &report);
  const BrItem *it = item (board, "d1", BR_ITEM_DIAMOND);

  assert_box (it, 10, 10, 120, 120);
  g_assert_cmpuint (it->stroke_color, ==, 1);    /* red */
  g_assert_cmpint (it->stroke_width, ==, BR_STROKE_THIN);
  g_assert_cmpint (it->line_style, ==, BR_LINE_DOTTED);
}

static void
test_free_text (void)
{
  BrExcalidrawReport report;
  g_autoptr(BrBoard) board = load_good ("free-text.excalidraw", &report);
  const BrItem *it;

  g_assert_true (report_is_empty (&report));
  g_assert_cmpuint (br_board_get_n_items (board), ==, 3);
  it = item (board, "t1", BR_ITEM_TEXT);
  g_assert_cmpstr (it->label, ==, "Hello\nworld");
  g_assert_cmpint (it->font_size, ==, BR_FONT_LARGE);
  /* Left-aligned in Excalidraw: the box keeps its top-left corner and
   * takes the size of our lines, which keep the line break typed */
  g_assert_cmpfloat (it->x, ==, 0);
  g_assert_cmpfloat (it->y, ==, 0);
  assert_text_lines (it, 2);
  it = item (board, "t2", BR_ITEM_TEXT);
  g_assert_cmpint (it->font_size, ==, BR_FONT_SMALL);
  g_assert_cmpuint (it->stroke_color, ==, 4);    /* green */
  assert_text_lines (it, 1);
  /* The text as typed, not as wrapped to the box: one line, however
   * narrow Excalidraw's box was */
  it = item (board, "t3", BR_ITEM_TEXT);
  g_assert_cmpstr (it->label, ==, "Writes go to the primary");
  assert_text_lines (it, 1);
}

static void
test_bound_text (void)
{
  BrExcalidrawReport report;
  g_autoptr(BrBoard) board = load_good ("bound-text.excalidraw", &report);
  const BrItem *it;

  g_assert_cmpuint (br_board_get_n_items (board), ==, 5);
  /* "containerId", with the container listing it */
  g_assert_cmpstr (item (board, "box", BR_ITEM_RECTANGLE)->label, ==, "Order service");
  /* Only the container lists it (older files) */
  g_assert_cmpstr (item (board, "oval", BR_ITEM_ELLIPSE)->label, ==, "Cache");
  g_assert_null (br_board_lookup (board, "box-label"));
  g_assert_null (br_board_lookup (board, "oval-label"));
  /* A second text for the same container, and one for a container that is
   * not there, stay text */
  g_assert_cmpstr (item (board, "box-second", BR_ITEM_TEXT)->label, ==, "Second");
  g_assert_cmpstr (item (board, "orphan", BR_ITEM_TEXT)->label, ==, "Floating");
  g_assert_cmpuint (report.extra_labels, ==, 1);
  /* An arrow's label */
  it = item (board, "arrow1", BR_ITEM_ARROW);
  g_assert_cmpstr (it->label, ==, "calls");
  assert_end (it, BR_END_START, "box", 0, 0);
  assert_end (it, BR_END_END, "oval", 0, 0);
  g_assert_null (br_board_lookup (board, "arrow1-label"));
}

static void
test_arrow_focus_gap (void)
{
  BrExcalidrawReport report;
  g_autoptr(BrBoard) board = load_good ("arrow-focus-gap.excalidraw", &report);
  const BrItem *it;

  g_assert_cmpuint (br_board_get_n_items (board), ==, 5);
  g_assert_cmpstr (item (board, "server", BR_ITEM_RECTANGLE)->label, ==, "API");
  it = item (board, "a", BR_ITEM_ARROW);
  assert_end (it, BR_END_START, "client", 0, 0);
  assert_end (it, BR_END_END, "server", 0, 0);
  g_assert_cmpint (it->heads, ==, BR_HEADS_END);
  /* Derived by the board: the client's right edge, the server's left */
  g_assert_cmpfloat (it->ends[0].x, ==, 120);
  g_assert_cmpfloat (it->ends[1].x, ==, 300);

  /* Bound to an element that is not there: free, where the file put it */
  it = item (board, "b", BR_ITEM_ARROW);
  assert_end (it, BR_END_START, NULL, 150, 200);
  assert_end (it, BR_END_END, "server", 0, 0);
  g_assert_cmpuint (report.unbound, ==, 1);

  /* Bound to a label: bound to its container */
  it = item (board, "c", BR_ITEM_ARROW);
  assert_end (it, BR_END_START, NULL, 360, 200);
  assert_end (it, BR_END_END, "server", 0, 0);
  g_assert_cmpuint (item (board, "server", BR_ITEM_RECTANGLE)->arrows->len, >=, 3);
}

static void
test_arrow_fixed_point (void)
{
  BrExcalidrawReport report;
  g_autoptr(BrBoard) board = load_good ("arrow-fixed-point.excalidraw", &report);
  const BrItem *it;

  g_assert_cmpuint (br_board_get_n_items (board), ==, 5);
  it = item (board, "x", BR_ITEM_ARROW);
  assert_end (it, BR_END_START, "svc", 0, 0);
  assert_end (it, BR_END_END, "db", 0, 0);
  g_assert_cmpint (it->heads, ==, BR_HEADS_BOTH);
  g_assert_cmpint (it->routing, ==, BR_ROUTING_STRAIGHT);

  /* An elbow arrow: its ends, routed our way */
  it = item (board, "y", BR_ITEM_ARROW);
  g_assert_cmpint (it->routing, ==, BR_ROUTING_ELBOW);
  assert_end (it, BR_END_START, "svc", 0, 0);
  assert_end (it, BR_END_END, NULL, 270, 205);
  g_assert_cmpint (it->heads, ==, BR_HEADS_END);

  /* A bent arrow is drawn straight between its ends, and counted */
  it = item (board, "z", BR_ITEM_ARROW);
  assert_end (it, BR_END_START, NULL, 0, 300);
  assert_end (it, BR_END_END, NULL, 200, 300);
  g_assert_cmpint (it->heads, ==, BR_HEADS_NONE);
  g_assert_cmpuint (report.straightened, ==, 1);
  g_assert_cmpuint (report.unbound, ==, 0);
}

static void
test_line (void)
{
  BrExcalidrawReport report;
  g_autoptr(BrBoard) board = load_good ("line.excalidraw", &report);
  const BrItem *it;

  g_assert_cmpuint (br_board_get_n_items (board), ==, 4);
  /* Two points: an arrow without heads */
  it = item (board, "l1", BR_ITEM_ARROW);
  g_assert_cmpint (it->heads, ==, BR_HEADS_NONE);
  assert_end (it, BR_END_START, NULL, 10, 20);
  assert_end (it, BR_END_END, NULL, 100, 50);
  /* More: a stroke through the same points */
  it = item (board, "l2", BR_ITEM_STROKE);
  g_assert_cmpuint (it->n_points, ==, 4);
  g_assert_cmpfloat (it->points[2].x, ==, 50);
  g_assert_cmpfloat (it->points[2].y, ==, 150);
  /* A polygon is closed */
  it = item (board, "l3", BR_ITEM_STROKE);
  g_assert_cmpuint (it->n_points, ==, 4);
  g_assert_cmpfloat (it->points[3].x, ==, 200);
  g_assert_cmpfloat (it->points[3].y, ==, 100);
  /* "draw", the old name of "line" */
  assert_end (item (board, "l4", BR_ITEM_ARROW), BR_END_END, NULL, 340, 40);
  g_assert_cmpuint (report.polylines, ==, 2);
}

static void
test_freedraw (void)
{
  BrExcalidrawReport report;
  g_autoptr(BrBoard) board = load_good ("freedraw.excalidraw", &report);
  const BrItem *it;

  g_assert_true (report_is_empty (&report));
  it = item (board, "f1", BR_ITEM_STROKE);
  g_assert_cmpuint (it->n_points, ==, 5);
  g_assert_cmpfloat (it->points[0].x, ==, 100);
  g_assert_cmpfloat (it->points[4].x, ==, 131);
  g_assert_cmpfloat (it->points[4].y, ==, 97);
  g_assert_cmpuint (it->stroke_color, ==, 5);
  g_assert_cmpint (it->stroke_width, ==, BR_STROKE_THIN);
  it = item (board, "f2", BR_ITEM_STROKE);
  g_assert_cmpuint (it->n_points, ==, 1);
}

static void
test_group (void)
{
  g_autoptr(BrBoard) board = load_good ("group.excalidraw", NULL);
  const char *generated;

  /* The outermost group */
  g_assert_cmpstr (item (board, "a", BR_ITEM_RECTANGLE)->group, ==, "outer");
  g_assert_cmpstr (item (board, "b", BR_ITEM_RECTANGLE)->group, ==, "outer");
  g_assert_cmpstr (item (board, "c", BR_ITEM_RECTANGLE)->group, ==, "outer");
  /* A name that is not a valid board id gets a new one, the same for all */
  generated = item (board, "d", BR_ITEM_RECTANGLE)->group;
  g_assert_nonnull (generated);
  g_assert_true (br_id_is_name (generated));
  g_assert_cmpstr (item (board, "e", BR_ITEM_RECTANGLE)->group, ==, generated);
  g_assert_cmpstr (generated, !=, "outer");
  g_assert_null (item (board, "f", BR_ITEM_RECTANGLE)->group);
}

static void
test_styles (void)
{
  BrExcalidrawReport report;
  g_autoptr(BrBoard) board = load_good ("styles.excalidraw", &report);
  const BrItem *it;

  g_assert_cmpuint (report.translucent, ==, 1);                  /* s1 */
  g_assert_cmpuint (report.patterned, ==, 2);                    /* s2, s11 */
  g_assert_cmpuint (report.rotated, ==, 2);                      /* s5, s6 */
  it = item (board, "s2", BR_ITEM_RECTANGLE);
  g_assert_true (it->filled);
  g_assert_cmpuint (it->fill_color, ==, 3);                      /* yellow */
  /* A quarter turn swaps width and height about the centre */
  assert_box (item (board, "s3", BR_ITEM_RECTANGLE), 50, 50, 100, 200);
  assert_box (item (board, "s4", BR_ITEM_ELLIPSE), 300, 100, 100, 60);
  assert_box (item (board, "s5", BR_ITEM_RECTANGLE), 0, 300, 100, 50);
  /* An arrow's points are turned */
  it = item (board, "s7", BR_ITEM_ARROW);
  assert_end (it, BR_END_START, NULL, 50, 450);
  assert_end (it, BR_END_END, NULL, 50, 550);
  it = item (board, "s8", BR_ITEM_RECTANGLE);
  g_assert_cmpuint (it->stroke_color, ==, 3);
  g_assert_cmpint (it->line_style, ==, BR_LINE_DASHED);
  g_assert_true (item (board, "s9", BR_ITEM_RECTANGLE)->locked);
  /* CSS names and short forms; styles we do not know are solid */
  it = item (board, "s10", BR_ITEM_RECTANGLE);
  g_assert_cmpuint (it->stroke_color, ==, 1);
  g_assert_true (it->filled);
  g_assert_cmpuint (it->fill_color, ==, 0);
  g_assert_cmpint (it->line_style, ==, BR_LINE_SOLID);
  /* A strong fill colour keeps its hue; a colour we cannot read is ink */
  it = item (board, "s11", BR_ITEM_RECTANGLE);
  g_assert_cmpuint (it->fill_color, ==, 5);
  g_assert_cmpuint (it->stroke_color, ==, 0);
  /* A fully transparent fill is no fill; a whole turn is no turn */
  it = item (board, "s12", BR_ITEM_RECTANGLE);
  g_assert_false (it->filled);
  assert_box (it, 900, 300, 100, 50);
}

static void
test_deleted (void)
{
  BrExcalidrawReport report;
  g_autoptr(BrBoard) board = load_good ("deleted.excalidraw", &report);
  const BrItem *it;

  g_assert_cmpuint (br_board_get_n_items (board), ==, 2);
  g_assert_cmpuint (report.deleted, ==, 3);
  g_assert_null (br_board_lookup (board, "gone"));
  /* A deleted label is no label */
  g_assert_cmpstr (item (board, "keep", BR_ITEM_RECTANGLE)->label, ==, "");
  it = item (board, "a", BR_ITEM_ARROW);
  assert_end (it, BR_END_START, "keep", 0, 0);
  assert_end (it, BR_END_END, NULL, 200, 25);
  g_assert_cmpuint (report.unbound, ==, 1);
  /* Nothing to tell the user: Excalidraw does not show them either */
  g_assert_null (br_excalidraw_report_to_message (&report));
}

static void
test_unsupported (void)
{
  BrExcalidrawReport report;
  g_autoptr(BrBoard) board = load_good ("unsupported.excalidraw", &report);
  g_autofree char *message = br_excalidraw_report_to_message (&report);
  const BrItem *it;

  g_assert_cmpuint (br_board_get_n_items (board), ==, 2);
  g_assert_cmpuint (report.skipped[BR_EXCALIDRAW_SKIPPED_IMAGE], ==, 2);
  g_assert_cmpuint (report.skipped[BR_EXCALIDRAW_SKIPPED_FRAME], ==, 2);
  g_assert_cmpuint (report.skipped[BR_EXCALIDRAW_SKIPPED_EMBED], ==, 2);
  g_assert_cmpuint (report.skipped[BR_EXCALIDRAW_SKIPPED_OTHER], ==, 1);
  g_assert_cmpstr (message, ==, "2 images, 2 frames, 2 embedded web pages and 1 element of another kind could not be shown");
  /* Bound to an image: free */
  it = item (board, "a", BR_ITEM_ARROW);
  assert_end (it, BR_END_START, "r", 0, 0);
  assert_end (it, BR_END_END, NULL, 200, 50);
  g_assert_cmpuint (report.unbound, ==, 1);
}

static void
test_clipboard (void)
{
  BrExcalidrawReport report;
  g_autoptr(BrBoard) board = load_good ("clipboard.excalidraw", &report);
  const BrItem *it;

  g_assert_true (report_is_empty (&report));
  g_assert_cmpuint (br_board_get_n_items (board), ==, 2);
  g_assert_cmpstr (item (board, "cb1", BR_ITEM_RECTANGLE)->label, ==, "Queue");
  it = item (board, "cb3", BR_ITEM_ARROW);
  assert_end (it, BR_END_START, NULL, 400, 530);
  assert_end (it, BR_END_END, "cb1", 0, 0);
}

/* Every good drawing is covered by a test above */
static void
test_good_files_listed (void)
{
  static const char * const tested[] = {
    "rectangle.excalidraw", "ellipse.excalidraw", "diamond.excalidraw", "free-text.excalidraw",
    "bound-text.excalidraw", "arrow-focus-gap.excalidraw", "arrow-fixed-point.excalidraw",
    "line.excalidraw", "freedraw.excalidraw", "group.excalidraw", "styles.excalidraw",
    "deleted.excalidraw", "unsupported.excalidraw", "clipboard.excalidraw", NULL
  };
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "excalidraw", "good", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_test_message ("%s", name);
      g_assert_true (g_strv_contains (tested, name));
      n++;
    }
  g_assert_cmpuint (n, ==, g_strv_length ((char **) tested));
}

/* ---------------------------------------------------------------------- */
/* The report                                                              */

static void
test_report_message (void)
{
  BrExcalidrawReport report = { { 0 } };
  g_autofree char *one = NULL;
  g_autofree char *two = NULL;

  g_assert_null (br_excalidraw_report_to_message (NULL));
  /* What was kept, even not quite as it was, is not "not shown" */
  report.rotated = 3;
  report.translucent = 1;
  report.unbound = 2;
  g_assert_null (br_excalidraw_report_to_message (&report));

  report.skipped[BR_EXCALIDRAW_SKIPPED_FRAME] = 1;
  one = br_excalidraw_report_to_message (&report);
  g_assert_cmpstr (one, ==, "1 frame could not be shown");
  report.skipped[BR_EXCALIDRAW_SKIPPED_IMAGE] = 2;
  two = br_excalidraw_report_to_message (&report);
  g_assert_cmpstr (two, ==, "2 images and 1 frame could not be shown");
}

/* ---------------------------------------------------------------------- */
/* Malformed drawings                                                      */

static void
test_bad_fixture (gconstpointer data)
{
  const BrTestExpectation *expected = data;
  g_autoptr(GBytes) bytes = br_test_load_bytes (expected->full_path);
  g_autoptr(GFile) file = g_file_new_for_path (expected->full_path);
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *file_prefix = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) file_error = NULL;
  g_autoptr(BrBoard) board = NULL;
  g_autoptr(BrBoard) file_board = NULL;
  BrExcalidrawReport report;

  board = br_excalidraw_parse (bytes, &report, &error);
  g_assert_null (board);
  br_test_assert_error_matches (error, expected);

  /* From the file: the same error, after the file's path */
  file_prefix = g_strconcat (name, ":", NULL);
  file_board = br_excalidraw_new_from_file (file, NULL, NULL, &file_error);
  g_assert_null (file_board);
  g_assert_nonnull (file_error);
  g_assert_cmpint (file_error->code, ==, error->code);
  br_test_assert_has_prefix (file_error->message, file_prefix);
  g_assert_true (g_str_has_suffix (file_error->message, error->message));
}

static void
test_expected_matches_files (void)
{
  br_test_fixtures_check_files (fixtures, 15);
}

static void
test_too_many_elements (void)
{
  g_autoptr(GString) text = g_string_new ("{\"type\": \"excalidraw\", \"version\": 2, \"elements\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) board = NULL;

  for (guint i = 0; i <= BR_BOARD_MAX_ITEMS; i++)
    g_string_append (text, i ? ",{}" : "{}");
  g_string_append (text, "]}");
  bytes = g_bytes_new (text->str, text->len);

  board = br_excalidraw_parse (bytes, NULL, &error);
  g_assert_null (board);
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_RANGE);
  br_test_assert_has_prefix (error->message, "1:50: $.elements: ");
}

static void
test_too_large (void)
{
  gsize size = BR_BOARD_MAX_FILE_SIZE + 1;
  g_autofree char *text = g_malloc (size);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) board = NULL;

  memset (text, ' ', size);
  text[0] = '{';
  text[size - 1] = '}';
  bytes = g_bytes_new_static (text, size);
  board = br_excalidraw_parse (bytes, NULL, &error);
  g_assert_null (board);
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_TOO_LARGE);
}

/* Long freehand strokes are thinned to what a stroke keeps */
static void
test_long_freedraw (void)
{
  g_autoptr(GString) text = g_string_new ("{\"type\": \"excalidraw\", \"version\": 2, \"elements\": ["
                                          "{\"id\": \"f\", \"type\": \"freedraw\", \"x\": 10, \"y\": 0, \"points\": [");
  guint n = 3 * BR_BOARD_MAX_POINTS + 7;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) board = NULL;
  const BrItem *it;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s[%u, %u]", i ? ", " : "", i, i % 7);
  g_string_append (text, "]}]}");
  bytes = g_bytes_new (text->str, text->len);

  board = br_excalidraw_parse (bytes, NULL, &error);
  g_assert_no_error (error);
  it = item (board, "f", BR_ITEM_STROKE);
  g_assert_cmpuint (it->n_points, ==, BR_BOARD_MAX_POINTS);
  g_assert_cmpfloat (it->points[0].x, ==, 10);
  g_assert_cmpfloat (it->points[BR_BOARD_MAX_POINTS - 1].x, ==, 10 + n - 1);
}

/* ---------------------------------------------------------------------- */
/* Writing                                                                 */

static gboolean
member_is (JsonObject *object,
           const char *member,
           GType       type)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         (json_node_get_value_type (node) == type ||
          (type == G_TYPE_DOUBLE && json_node_get_value_type (node) == G_TYPE_INT64));
}

static gboolean
lists (JsonObject *container,
       const char *id,
       const char *type)
{
  JsonNode *node = json_object_get_member (container, "boundElements");
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *entry = json_array_get_object_element (array, i);

      if (g_str_equal (json_object_get_string_member (entry, "id"), id) &&
          g_str_equal (json_object_get_string_member (entry, "type"), type))
        return TRUE;
    }
  return FALSE;
}

static void
check_binding (GHashTable *by_id,
               JsonObject *arrow,
               const char *member)
{
  JsonNode *node = json_object_get_member (arrow, member);
  JsonObject *binding, *target;
  JsonArray *fixed;

  g_assert_nonnull (node);
  if (JSON_NODE_HOLDS_NULL (node))
    return;
  binding = json_node_get_object (node);
  target = g_hash_table_lookup (by_id, json_object_get_string_member (binding, "elementId"));
  g_assert_nonnull (target);
  g_assert_true (lists (target, json_object_get_string_member (arrow, "id"), "arrow"));
  fixed = json_object_get_array_member (binding, "fixedPoint");
  g_assert_cmpuint (json_array_get_length (fixed), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (binding, "mode"), ==, "orbit");
  g_assert_true (member_is (binding, "focus", G_TYPE_DOUBLE));
  g_assert_true (member_is (binding, "gap", G_TYPE_DOUBLE));
}

/* What Excalidraw needs of a drawing to show it with its labels and bound
 * arrows: the members of its element types, and both sides of every
 * relation */
static void
check_drawing (GBytes *bytes)
{
  static const char * const numbers[] = {
    "x", "y", "width", "height", "angle", "strokeWidth", "roughness", "opacity", "seed", "version",
    "versionNonce", "updated", NULL
  };
  static const char * const strings[] = { "id", "type", "strokeColor", "backgroundColor", "fillStyle", "strokeStyle", NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *elements;

  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "type"), ==, "excalidraw");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 2);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_object_get_member (root, "appState")));
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_object_get_member (root, "files")));
  elements = json_object_get_array_member (root, "elements");

  for (guint i = 0; i < json_array_get_length (elements); i++)
    {
      JsonObject *el = json_array_get_object_element (elements, i);

      for (guint j = 0; numbers[j] != NULL; j++)
        g_assert_true (member_is (el, numbers[j], G_TYPE_DOUBLE));
      for (guint j = 0; strings[j] != NULL; j++)
        g_assert_true (member_is (el, strings[j], G_TYPE_STRING));
      g_assert_true (member_is (el, "isDeleted", G_TYPE_BOOLEAN));
      g_assert_true (member_is (el, "locked", G_TYPE_BOOLEAN));
      g_assert_true (JSON_NODE_HOLDS_ARRAY (json_object_get_member (el, "groupIds")));
      g_assert_true (json_object_has_member (el, "frameId"));
      g_assert_true (json_object_has_member (el, "roundness"));
      g_assert_true (json_object_has_member (el, "boundElements"));
      g_assert_true (json_object_has_member (el, "link"));
      g_assert_true (g_hash_table_insert (by_id, (gpointer) json_object_get_string_member (el, "id"), el));
    }

  for (guint i = 0; i < json_array_get_length (elements); i++)
    {
      JsonObject *el = json_array_get_object_element (elements, i);
      const char *type = json_object_get_string_member (el, "type");

      if (g_str_equal (type, "text"))
        {
          static const char * const text_strings[] = { "text", "originalText", "textAlign", "verticalAlign", NULL };

          for (guint j = 0; text_strings[j] != NULL; j++)
            g_assert_true (member_is (el, text_strings[j], G_TYPE_STRING));
          g_assert_true (member_is (el, "fontSize", G_TYPE_DOUBLE));
          g_assert_true (member_is (el, "fontFamily", G_TYPE_INT64));
          g_assert_true (member_is (el, "lineHeight", G_TYPE_DOUBLE));
          g_assert_true (member_is (el, "autoResize", G_TYPE_BOOLEAN));
          if (!json_object_get_null_member (el, "containerId"))
            {
              JsonObject *container = g_hash_table_lookup (by_id, json_object_get_string_member (el, "containerId"));

              g_assert_nonnull (container);
              g_assert_true (lists (container, json_object_get_string_member (el, "id"), "text"));
            }
        }
      else if (g_str_equal (type, "arrow") || g_str_equal (type, "line") || g_str_equal (type, "freedraw"))
        {
          JsonArray *points = json_object_get_array_member (el, "points");
          JsonArray *first = json_array_get_array_element (points, 0);

          g_assert_cmpuint (json_array_get_length (points), >=, 1);
          g_assert_cmpfloat (json_array_get_double_element (first, 0), ==, 0);
          g_assert_cmpfloat (json_array_get_double_element (first, 1), ==, 0);
          g_assert_true (json_object_has_member (el, "lastCommittedPoint"));
          if (!g_str_equal (type, "freedraw"))
            {
              g_assert_cmpuint (json_array_get_length (points), >=, 2);
              g_assert_true (json_object_has_member (el, "startArrowhead"));
              g_assert_true (json_object_has_member (el, "endArrowhead"));
              check_binding (by_id, el, "startBinding");
              check_binding (by_id, el, "endBinding");
            }
          else
            g_assert_true (member_is (el, "simulatePressure", G_TYPE_BOOLEAN));
        }
      else
        g_assert_true (g_str_equal (type, "rectangle") || g_str_equal (type, "ellipse") ||
                       g_str_equal (type, "diamond"));
    }
}

static double
tolerance (double value)
{
  return 1e-9 * MAX (1.0, fabs (value));
}

#define assert_near(a, b) g_assert_cmpfloat_with_epsilon ((a), (b), tolerance (a))

/* @b came back from @a written as a drawing */
static void
assert_same_item (const BrItem *a,
                  const BrItem *b)
{
  g_assert_cmpstr (a->id, ==, b->id);
  g_assert_cmpstr (br_item_kind_to_string (a->kind), ==, br_item_kind_to_string (b->kind));
  if (a->kind == BR_ITEM_STENCIL)
    g_assert_cmpstr (br_stencil_to_string (a->stencil), ==, br_stencil_to_string (b->stencil));
  g_assert_cmpstr (a->group, ==, b->group);
  g_assert_cmpint (a->locked, ==, b->locked);
  /* The design review's properties travel in customData */
  g_assert_true (br_component_equal (a->component, b->component));
  g_assert_cmpuint (a->stroke_color, ==, b->stroke_color);
  g_assert_cmpint (a->stroke_width, ==, b->stroke_width);
  g_assert_cmpint (a->line_style, ==, b->line_style);
  /* A freehand stroke has no label in either app */
  g_assert_cmpstr (a->kind == BR_ITEM_STROKE ? "" : a->label, ==, b->label);
  if (a->label[0] != '\0' && a->kind != BR_ITEM_STROKE)
    g_assert_cmpint (a->font_size, ==, b->font_size);

  switch (a->kind)
    {
    case BR_ITEM_ARROW:
      g_assert_cmpint (a->heads, ==, b->heads);
      g_assert_cmpint (a->routing, ==, b->routing);
      for (guint side = 0; side < 2; side++)
        {
          g_assert_cmpstr (a->ends[side].item_id, ==, b->ends[side].item_id);
          assert_near (a->ends[side].x, b->ends[side].x);
          assert_near (a->ends[side].y, b->ends[side].y);
        }
      break;
    case BR_ITEM_STROKE:
      g_assert_cmpuint (a->n_points, ==, b->n_points);
      for (guint i = 0; i < a->n_points; i++)
        {
          assert_near (a->points[i].x, b->points[i].x);
          assert_near (a->points[i].y, b->points[i].y);
        }
      break;
    default:
      g_assert_cmpint (a->filled, ==, b->filled);
      if (a->filled)
        g_assert_cmpuint (a->fill_color, ==, b->fill_color);
      /* The font size of a shape without a label has nowhere to go */
      if (a->kind == BR_ITEM_TEXT)
        g_assert_cmpint (a->font_size, ==, b->font_size);
      assert_near (a->x, b->x);
      assert_near (a->y, b->y);
      assert_near (a->width, b->width);
      assert_near (a->height, b->height);
      break;
    }
}

/* Writes @board, checks the drawing, reads it back and compares */
static void
assert_round_trip (BrBoard *board)
{
  g_autoptr(GBytes) bytes = br_excalidraw_to_bytes (board);
  g_autoptr(GBytes) again = br_excalidraw_to_bytes (board);
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) back = NULL;
  BrExcalidrawReport report;

  g_assert_true (g_bytes_equal (bytes, again));
  check_drawing (bytes);
  back = br_excalidraw_parse (bytes, &report, &error);
  g_assert_no_error (error);
  g_assert_true (report_is_empty (&report));
  g_assert_cmpuint (br_board_get_n_items (back), ==, br_board_get_n_items (board));
  for (guint i = 0; i < br_board_get_n_items (board); i++)
    assert_same_item (br_board_get_item (board, i), br_board_get_item (back, i));
}

static void
test_round_trip_good_boards (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "board", "good", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(BrBoard) board = NULL;

      if (!g_str_has_suffix (name, ".brboard"))
        continue;
      g_test_message ("%s", name);
      bytes = br_test_load_bytes (path);
      board = br_board_parse (bytes, &error);
      g_assert_no_error (error);
      assert_round_trip (board);
      n++;
    }
  g_assert_cmpuint (n, >, 0);
}

/* Every kind and stencil, labelled and not, filled and not, in groups,
 * with arrows bound between them and to text */
static BrBoard *
every_kind_board (void)
{
  BrBoard *board = br_board_new ();
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  guint n = 0;

  for (guint kind = 0; kind <= BR_ITEM_TEXT; kind++)
    for (guint labelled = 0; labelled < 2; labelled++, n++)
      {
        BrItem *it = br_item_new (kind, 200.0 * n, 100.0 * labelled, 150, 80);

        if (labelled)
          br_item_set_label (it, "Label with \"quotes\", a \\ and\nsecond line");
        it->filled = n % 3 == 0;
        it->fill_color = n % BR_PALETTE_SIZE;
        it->stroke_color = (n + 3) % BR_PALETTE_SIZE;
        it->line_style = n % BR_N_LINE_STYLES;
        it->stroke_width = n % BR_N_STROKE_WIDTHS;
        it->font_size = n % BR_N_FONT_SIZES;
        if (n % 4 == 1)
          it->group = g_strdup ("g1");
        g_ptr_array_add (ids, (gpointer) br_board_add_item (board, it));
      }
  for (guint stencil = 0; stencil < BR_N_STENCILS; stencil++)
    {
      BrItem *it = br_item_new_stencil (stencil, 180.0 * stencil, 400, 150, 80);

      /* The default label, another one, and none */
      if (stencil % 3 == 1)
        br_item_set_label (it, "Orders");
      else if (stencil % 3 == 2)
        br_item_set_label (it, "");
      if (stencil % 5 == 0)
        it->group = g_strdup ("stencils");
      g_ptr_array_add (ids, (gpointer) br_board_add_item (board, it));
    }
  for (guint i = 0; i + 1 < ids->len; i += 2)
    {
      BrItem *arrow = br_item_new_arrow (0, 0, 10, 10);

      br_item_bind_end (arrow, BR_END_START, g_ptr_array_index (ids, i));
      br_item_bind_end (arrow, BR_END_END, g_ptr_array_index (ids, ids->len - 1 - i));
      arrow->heads = i % BR_N_HEADS;
      arrow->routing = (i / 2) % BR_N_ROUTINGS;
      if (i % 4 == 0)
        br_item_set_label (arrow, "HTTPS");
      br_board_add_item (board, arrow);
    }
  {
    BrPoint pts[] = { { 0.1, 0.2 }, { 33.3, 7 }, { -12.5, 1e-13 }, { 1e6, -3 } };
    BrItem *free_arrow = br_item_new_arrow (-10.5, 3.25, 400.125, -0.3);
    BrItem *half = br_item_new_arrow (-100, -100, 0, 0);

    br_board_add_item (board, br_item_new_stroke (pts, G_N_ELEMENTS (pts), 0));
    br_board_add_item (board, free_arrow);
    br_item_bind_end (half, BR_END_END, g_ptr_array_index (ids, 0));
    half->heads = BR_HEADS_BOTH;
    br_board_add_item (board, half);
  }
  return board;
}

static void
test_round_trip_every_kind (void)
{
  g_autoptr(BrBoard) board = every_kind_board ();

  assert_round_trip (board);
}

static void
test_round_trip_random (void)
{
  for (guint round = 0; round < 20; round++)
    {
      g_autoptr(BrBoard) board = br_test_random_board (g_test_rand_int_range (1, 200), FALSE);

      assert_round_trip (board);
    }
}

/* A rectangle with a label and an arrow bound to it, written exactly */
static void
test_write_shape_and_arrow (void)
{
  g_autoptr(BrBoard) board = br_board_new ();
  BrItem *box = br_item_new (BR_ITEM_ROUNDED_RECTANGLE, 100, 50, 200, 80);
  BrItem *arrow = br_item_new_arrow (0, 90, 0, 0);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *elements;
  JsonObject *el, *binding;

  br_item_set_label (box, "Order service");
  br_board_add_item (board, box);
  br_item_bind_end (arrow, BR_END_END, "i1");
  br_board_add_item (board, arrow);
  bytes = br_excalidraw_to_bytes (board);
  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  elements = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "elements");
  g_assert_cmpuint (json_array_get_length (elements), ==, 3);

  el = json_array_get_object_element (elements, 0);
  g_assert_cmpstr (json_object_get_string_member (el, "id"), ==, "i1");
  g_assert_cmpstr (json_object_get_string_member (el, "type"), ==, "rectangle");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (el, "roundness"), "type"), ==, 3);
  g_assert_cmpfloat (json_object_get_double_member (el, "x"), ==, 100);
  g_assert_cmpfloat (json_object_get_double_member (el, "width"), ==, 200);
  g_assert_cmpstr (json_object_get_string_member (el, "strokeColor"), ==, "#1e1e1e");
  g_assert_cmpstr (json_object_get_string_member (el, "backgroundColor"), ==, "transparent");
  g_assert_true (lists (el, "i2", "arrow"));
  g_assert_true (lists (el, "i1~label", "text"));

  el = json_array_get_object_element (elements, 1);
  g_assert_cmpstr (json_object_get_string_member (el, "type"), ==, "text");
  g_assert_cmpstr (json_object_get_string_member (el, "containerId"), ==, "i1");
  g_assert_cmpstr (json_object_get_string_member (el, "originalText"), ==, "Order service");
  g_assert_cmpstr (json_object_get_string_member (el, "verticalAlign"), ==, "middle");
  /* Centred in its box */
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (el, "x") + json_object_get_double_member (el, "width") / 2,
                                  200, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (el, "y") + json_object_get_double_member (el, "height") / 2,
                                  90, 1e-9);

  el = json_array_get_object_element (elements, 2);
  g_assert_cmpstr (json_object_get_string_member (el, "type"), ==, "arrow");
  g_assert_true (json_object_get_null_member (el, "startBinding"));
  binding = json_object_get_object_member (el, "endBinding");
  g_assert_cmpstr (json_object_get_string_member (binding, "elementId"), ==, "i1");
  g_assert_true (json_object_get_null_member (el, "startArrowhead"));
  g_assert_cmpstr (json_object_get_string_member (el, "endArrowhead"), ==, "arrow");
  /* The arrow's end on the box's left edge: from (0, 90) to (100, 90) */
  g_assert_cmpfloat (json_object_get_double_member (el, "x"), ==, 0);
  g_assert_cmpfloat (json_object_get_double_member (el, "y"), ==, 90);
  g_assert_cmpfloat (json_array_get_double_element (json_array_get_array_element (json_object_get_array_member (el, "points"), 1), 0),
                     ==, 100);
}

/* The shapes Excalidraw lacks are grouped primitives */
static void
test_write_compound (void)
{
  g_autoptr(BrBoard) board = br_board_new ();
  BrItem *db = br_item_new_stencil (BR_STENCIL_SQL_DATABASE, 0, 0, 120, 100);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *elements;
  JsonObject *el;

  br_item_set_label (db, "Orders");
  db->group = g_strdup ("backend");
  br_board_add_item (board, db);
  bytes = br_excalidraw_to_bytes (board);
  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  elements = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "elements");

  /* Outline, top, the box holding the label, a caption, the label */
  g_assert_cmpuint (json_array_get_length (elements), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      JsonArray *groups;

      el = json_array_get_object_element (elements, i);
      groups = json_object_get_array_member (el, "groupIds");
      g_assert_cmpuint (json_array_get_length (groups), ==, 2);
      g_assert_cmpstr (json_array_get_string_element (groups, 0), ==, "i1~group");
      g_assert_cmpstr (json_array_get_string_element (groups, 1), ==, "backend");
    }
  el = json_array_get_object_element (elements, 0);
  g_assert_cmpstr (json_object_get_string_member (el, "type"), ==, "line");
  g_assert_true (json_object_get_boolean_member (el, "polygon"));
  el = json_array_get_object_element (elements, 1);
  g_assert_cmpstr (json_object_get_string_member (el, "type"), ==, "ellipse");
  el = json_array_get_object_element (elements, 2);
  g_assert_cmpstr (json_object_get_string_member (el, "id"), ==, "i1");
  g_assert_cmpstr (json_object_get_string_member (el, "strokeColor"), ==, "transparent");
  el = json_array_get_object_element (elements, 3);
  g_assert_cmpstr (json_object_get_string_member (el, "text"), ==, "SQL database");
  el = json_array_get_object_element (elements, 4);
  g_assert_cmpstr (json_object_get_string_member (el, "containerId"), ==, "i1");
}

static char *
label_text_of (GBytes     *bytes,
               const char *id)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *elements;

  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  elements = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "elements");
  for (guint i = 0; i < json_array_get_length (elements); i++)
    {
      JsonObject *el = json_array_get_object_element (elements, i);

      if (g_str_equal (json_object_get_string_member (el, "id"), id))
        return g_strdup (json_object_get_string_member (el, "text"));
    }
  g_assert_not_reached ();
}

/* Labels are wrapped to their shape for Excalidraw, which shows "text" as
 * it is; what was typed is "originalText" */
static void
test_write_wrap (void)
{
  static const struct {
    double width;
    const char *label;
    const char *wrapped;
  } cases[] = {
    /* 20 px text: 11 px a character, 10 px of padding */
    { 120, "Order service", "Order\nservice" },
    { 120, "Orders", "Orders" },
    { 60, "Authentication", "Auth\nenti\ncati\non" },
    { 60, "   lead", "  \nlead" },
    { 60, "a\n\nb", "a\n\nb" },
    { 0, "  x y  ", " \nx\ny" },
    { 60, " abcdefgh", " abc\ndefg\nh" },
    { 0, "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(BrBoard) board = br_board_new ();
      BrItem *box = br_item_new (BR_ITEM_RECTANGLE, 0, 0, cases[i].width, 50);
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *text = NULL;

      br_item_set_label (box, cases[i].label);
      br_board_add_item (board, box);
      bytes = br_excalidraw_to_bytes (board);
      if (cases[i].label[0] == '\0')
        continue;
      text = label_text_of (bytes, "i1~label");
      g_test_message ("“%s” in %g", cases[i].label, cases[i].width);
      g_assert_cmpstr (text, ==, cases[i].wrapped);
      assert_round_trip (board);
    }
}

/* Numbers are always valid JSON, however small or large */
static void
test_write_numbers (void)
{
  g_autoptr(BrBoard) board = br_board_new ();
  BrPoint pts[] = { { 1e-13, -1e-300 }, { 1e7, -1e7 }, { 0.1, 1.0 / 3 } };
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *text;

  br_board_add_item (board, br_item_new_stroke (pts, G_N_ELEMENTS (pts), 0));
  br_board_add_item (board, br_item_new (BR_ITEM_TEXT, -0.0, 1e-13, 1e-7, 3));
  bytes = br_excalidraw_to_bytes (board);
  text = g_bytes_get_data (bytes, NULL);
  g_assert_null (g_strstr_len (text, g_bytes_get_size (bytes), "e-13.0"));
  g_assert_null (g_strstr_len (text, g_bytes_get_size (bytes), "-0,"));
  g_assert_null (g_strstr_len (text, g_bytes_get_size (bytes), "nan"));
  g_assert_null (g_strstr_len (text, g_bytes_get_size (bytes), "inf"));
  json_parser_load_from_data (parser, text, g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  assert_round_trip (board);
}

static void
test_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-excalidraw-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "Design.Excalidraw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) board_file = g_file_new_for_path ("/tmp/Design.brboard");
  g_autoptr(BrBoard) board = every_kind_board ();
  g_autoptr(BrBoard) back = NULL;
  BrExcalidrawReport report;

  g_assert_no_error (error);
  g_assert_true (br_excalidraw_file_is_drawing (file));
  g_assert_false (br_excalidraw_file_is_drawing (board_file));

  g_assert_true (br_excalidraw_save_to_file (board, file, NULL, &error));
  g_assert_no_error (error);
  back = br_excalidraw_new_from_file (file, &report, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (br_board_get_n_items (back), ==, br_board_get_n_items (board));

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);

  /* A file that is not there */
  g_clear_object (&back);
  back = br_excalidraw_new_from_file (file, NULL, NULL, &error);
  g_assert_null (back);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/excalidraw/good/rectangle", test_rectangle);
  g_test_add_func ("/excalidraw/good/ellipse", test_ellipse);
  g_test_add_func ("/excalidraw/good/diamond", test_diamond);
  g_test_add_func ("/excalidraw/good/free-text", test_free_text);
  g_test_add_func ("/excalidraw/good/bound-text", test_bound_text);
  g_test_add_func ("/excalidraw/good/arrow-focus-gap", test_arrow_focus_gap);
  g_test_add_func ("/excalidraw/good/arrow-fixed-point", test_arrow_fixed_point);
  g_test_add_func ("/excalidraw/good/line", test_line);
  g_test_add_func ("/excalidraw/good/freedraw", test_freedraw);
  g_test_add_func ("/excalidraw/good/group", test_group);
  g_test_add_func ("/excalidraw/good/styles", test_styles);
  g_test_add_func ("/excalidraw/good/deleted", test_deleted);
  g_test_add_func ("/excalidraw/good/unsupported", test_unsupported);
  g_test_add_func ("/excalidraw/good/clipboard", test_clipboard);
  g_test_add_func ("/excalidraw/good/all-listed", test_good_files_listed);
  g_test_add_func ("/excalidraw/report-message", test_report_message);
  g_test_add_func ("/excalidraw/too-many-elements", test_too_many_elements);
  g_test_add_func ("/excalidraw/too-large", test_too_large);
  g_test_add_func ("/excalidraw/long-freedraw", test_long_freedraw);
  g_test_add_func ("/excalidraw/write/shape-and-arrow", test_write_shape_and_arrow);
  g_test_add_func ("/excalidraw/write/compound", test_write_compound);
  g_test_add_func ("/excalidraw/write/numbers", test_write_numbers);
  g_test_add_func ("/excalidraw/write/wrap", test_write_wrap);
  g_test_add_func ("/excalidraw/round-trip/good-boards", test_round_trip_good_boards);
  g_test_add_func ("/excalidraw/round-trip/every-kind", test_round_trip_every_kind);
  g_test_add_func ("/excalidraw/round-trip/random", test_round_trip_random);
  g_test_add_func ("/excalidraw/files", test_files);

  {
    g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "excalidraw", "bad", NULL);

    fixtures = br_test_fixtures_new (dir, ".excalidraw");
  }
  g_test_add_func ("/excalidraw/bad/expected-matches-files", test_expected_matches_files);
  br_test_fixtures_add_tests (fixtures, "/excalidraw/bad/", test_bad_fixture);

  ret = g_test_run ();
  br_test_fixtures_free (fixtures);
  return ret;
}
