/* test-hostile-export.c — exports of boards made to be expensive: limits
 * are checked before the work, labels are capped, no layout outlives the
 * drawing of its item, and what one format can draw the others draw too
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "br-board-export.h"
#include "br-board-file.h"
#include "br-test-hostile.h"

/* A label of @length characters, in words, that wraps to many lines */
static char *
long_label (guint length)
{
  static const char * const words[] = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "theta" };
  GString *label = g_string_new (NULL);

  for (guint i = 0; label->len < length; i++)
    {
      g_string_append (label, words[i % G_N_ELEMENTS (words)]);
      g_string_append_c (label, ' ');
    }
  g_string_truncate (label, length);
  return g_string_free (label, FALSE);
}

/* @n rectangles of 160 × 80, every @spacing units in rows of 100, each
 * with a label of @label_length characters */
static BrBoard *
labelled_board (guint  n,
                double spacing,
                guint  label_length)
{
  g_autofree char *label = long_label (label_length);
  BrBoard *board = br_board_new ();

  for (guint i = 0; i < n; i++)
    {
      BrItem *item = br_item_new (BR_ITEM_RECTANGLE, (i % 100) * spacing, (i / 100) * spacing, 160, 80);

      br_item_set_label (item, label);
      br_board_add_item (board, item);
    }
  return board;
}

static gsize
board_size (BrBoard *board)
{
  g_autoptr(GBytes) bytes = br_board_to_bytes (board);

  return g_bytes_get_size (bytes);
}

typedef struct {
  BrBoard *board;
  BrExportFormat format;
  const char *expected;     /* the start of the message, or NULL for success */
} Export;

static gboolean
export_in_child (gpointer data)
{
  Export *export = data;
  BrExportOptions options;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  br_export_options_init (&options);
  options.format = export->format;
  bytes = br_board_export (export->board, &options, &error);
  if (export->expected == NULL)
    return bytes != NULL;
  if (bytes != NULL || !g_error_matches (error, BR_EXPORT_ERROR, BR_EXPORT_ERROR_TOO_LARGE) ||
      !g_str_has_prefix (error->message, export->expected))
    {
      g_printerr ("%s\n", error ? error->message : "exported");
      return FALSE;
    }
  return TRUE;
}

/* Exports in a child; what it took stays within the bound of reading the
 * board's file */
static void
check_export (BrBoard        *board,
              BrExportFormat  format,
              const char     *expected)
{
  Export export = { board, format, expected };
  gsize overhead = br_test_child_overhead ();
  gsize peak;
  gboolean ok;

  peak = br_test_run_in_child (export_in_child, &export, &ok);
  br_test_assert_bounded (br_export_format_get_extension (format), board_size (board),
                          peak > overhead ? peak - overhead : 0);
  g_assert_true (ok);
}

/* A board too large for a PNG image is refused before a label is laid
 * out: 15,000 items with 4,000-character labels took 1 min 36 s and
 * 5.3 GB to be refused, all the ink measured first */
static void
test_png_limits_first (void)
{
  g_autoptr(BrBoard) spread = labelled_board (3000, 400, BR_BOARD_MAX_LABEL);
  g_autoptr(BrBoard) overflowing = labelled_board (1500, 300, BR_BOARD_MAX_LABEL);

  /* The boxes alone are too large */
  check_export (spread, BR_EXPORT_PNG, "The drawing is too large for a PNG image at 1×: at least ");
  /* The boxes fit; their labels run out of them, down the page */
  check_export (overflowing, BR_EXPORT_PNG, "The drawing is too large for a PNG image at 1×: at least ");
}

/* Drawing a board keeps no layout of a label it did not have: the memory
 * of an export does not grow with the labels of the whole board */
static void
test_no_layouts_kept (void)
{
  g_autoptr(BrBoard) board = labelled_board (50, 300, 200);
  g_autoptr(GError) error = NULL;
  BrRenderOptions render;
  BrExportOptions options;
  cairo_surface_t *surface;
  cairo_t *cr;

  /* The canvas keeps the layouts of what it drew */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
  cr = cairo_create (surface);
  br_render_options_init (&render);
  br_item_render (br_board_get_item (board, 0), cr, &render, NULL);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_assert_nonnull (br_board_get_item (board, 0)->render_cache);

  br_export_options_init (&options);
  for (BrExportFormat format = 0; format < BR_N_EXPORT_FORMATS; format++)
    {
      g_autoptr(GBytes) bytes = NULL;

      options.format = format;
      bytes = br_board_export (board, &options, &error);
      g_assert_no_error (error);
      g_assert_nonnull (br_board_get_item (board, 0)->render_cache);
      for (guint i = 1; i < br_board_get_n_items (board); i++)
        g_assert_null (br_board_get_item (board, i)->render_cache);
    }

  check_export (board, BR_EXPORT_SVG, NULL);
}

/* An SVG image larger than the reader opens is refused, not written: the
 * 61 MB board wrote a 530 MB SVG that could not be opened again */
static void
test_svg_file_size (void)
{
  g_autoptr(BrBoard) board = labelled_board (300, 300, BR_BOARD_MAX_LABEL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) limited = NULL;
  BrExportOptions options;

  br_export_options_init (&options);
  options.format = BR_EXPORT_SVG;
  bytes = br_board_export (board, &options, &error);
  g_assert_no_error (error);

  /* Within a limit just over it, and refused under it: before the
   * drawing when the labels and the board alone are too many, or as soon
   * as the image passes the limit */
  options.max_file_size = g_bytes_get_size (bytes);
  limited = br_board_export (board, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (limited), ==, g_bytes_get_size (bytes));
  g_clear_pointer (&limited, g_bytes_unref);

  for (guint i = 0; i < 2; i++)
    {
      options.max_file_size = i == 0 ? board_size (board) : g_bytes_get_size (bytes) - 1;
      limited = br_board_export (board, &options, &error);
      g_assert_null (limited);
      g_assert_error (error, BR_EXPORT_ERROR, BR_EXPORT_ERROR_TOO_LARGE);
      g_assert_true (g_str_has_prefix (error->message, "The image would be larger than "));
      g_clear_error (&error);
    }
}

/* Labels are capped: the model cuts what is typed or pasted, the loader
 * refuses a file with a longer one (tests/data/board/bad/label-too-long) */
static void
test_label_cap (void)
{
  g_autofree char *label = long_label (4 * BR_BOARD_MAX_LABEL);
  BrItem *item = br_item_new (BR_ITEM_RECTANGLE, 0, 0, 100, 50);

  br_item_set_label (item, label);
  g_assert_cmpint (g_utf8_strlen (item->label, -1), ==, BR_BOARD_MAX_LABEL);
  br_item_free (item);
}

/* Labels with noncharacters (U+FDD0, U+FFFE, U+FFFF, U+10FFFF) made PDF
 * export fail where PNG and SVG worked: every format draws every label */
static void
test_odd_characters (void)
{
  static const char * const labels[] = {
    "A\xef\xb7\x90" "B",          /* U+FDD0 */
    "A\xef\xbf\xbe" "B",          /* U+FFFE */
    "A\xef\xbf\xbf" "B",          /* U+FFFF */
    "A\xf4\x8f\xbf\xbf" "B",      /* U+10FFFF */
    "A\xf0\x9f\xbf\xbe" "B",      /* U+1FFFE */
    "A\x01\x7f\xc2\x85" "B",      /* control characters */
    "A\xee\x80\x80\xcd\xb8" "B",  /* private use, unassigned */
    "\xcc\x81\xe2\x80\x8f",     /* a lone combining accent, a right-to-left mark */
    "A\xf3\xa0\x80\x81" "B",      /* a tag character */
    "\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb \xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d", /* ZWJ emoji, Hebrew */
  };
  g_autofree char *text = NULL;
  g_autoptr(GBytes) file = NULL;
  g_autoptr(BrBoard) loaded = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autoptr(BrBoard) board = br_board_new ();
      BrItem *item = br_item_new (BR_ITEM_RECTANGLE, 0, 0, 120, 60);
      BrItem *arrow = br_item_new_arrow (0, 100, 300, 100);

      br_item_set_label (item, labels[i]);
      br_item_set_label (arrow, labels[i]);
      br_board_add_item (board, item);
      br_board_add_item (board, arrow);
      for (BrExportFormat format = 0; format < BR_N_EXPORT_FORMATS; format++)
        {
          BrExportOptions options;
          g_autoptr(GBytes) bytes = NULL;

          br_export_options_init (&options);
          options.format = format;
          bytes = br_board_export (board, &options, &error);
          g_assert_no_error (error);
          g_assert_nonnull (bytes);
        }
    }

  /* Replaced on the way in, from a file as from the keyboard */
  text = g_strdup ("{\"format\": \"bar-raiser-board\", \"version\": 1, \"items\": [\n"
                   " {\"id\": \"a\", \"kind\": \"text\", \"x\": 0, \"y\": 0, \"width\": 10, \"height\": 10,"
                   " \"label\": \"\\ufdd0 \\uffff \\udbff\\udfff ok\"}]}");
  file = g_bytes_new_static (text, strlen (text));
  loaded = br_board_parse (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (br_board_get_item (loaded, 0)->label, ==, "\xef\xbf\xbd \xef\xbf\xbd \xef\xbf\xbd ok");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hostile-export/png-limits-first", test_png_limits_first);
  g_test_add_func ("/hostile-export/no-layouts-kept", test_no_layouts_kept);
  g_test_add_func ("/hostile-export/svg-file-size", test_svg_file_size);
  g_test_add_func ("/hostile-export/label-cap", test_label_cap);
  g_test_add_func ("/hostile-export/odd-characters", test_odd_characters);

  return g_test_run ();
}
