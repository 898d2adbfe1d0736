/* test-board-label.c — where labels go and how they wrap: text areas inside
 * every outline, words never cut or hyphenated, shapes growing to hold
 * their labels, standalone text (also from Excalidraw) keeping its lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "br-board-export.h"
#include "br-board-label.h"
#include "br-board-render.h"
#include "br-excalidraw.h"

/* The texts of the SVG export's <tspan> elements, one per drawn line */
static GPtrArray *
exported_lines (BrBoard *board)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  BrExportOptions options;
  g_autofree char *svg = NULL;
  const char *p;

  br_export_options_init (&options);
  options.format = BR_EXPORT_SVG;
  options.embed = FALSE;
  bytes = br_board_export (board, &options, &error);
  g_assert_no_error (error);
  svg = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  for (p = strstr (svg, "<tspan"); p != NULL; p = strstr (p, "<tspan"))
    {
      const char *start = strchr (p, '>');
      const char *end = strstr (p, "</tspan>");

      g_assert_nonnull (start);
      g_assert_nonnull (end);
      g_ptr_array_add (lines, g_strndup (start + 1, end - start - 1));
      p = end;
    }
  return lines;
}

/* Each drawn line is made of whole words of @label, in order */
static void
assert_whole_words (GPtrArray  *lines,
                    const char *label)
{
  g_auto(GStrv) words = g_strsplit_set (label, " \n", -1);
  guint w = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      g_auto(GStrv) line_words = g_strsplit (g_ptr_array_index (lines, i), " ", -1);

      for (guint j = 0; line_words[j] != NULL; j++)
        {
          while (words[w] != NULL && words[w][0] == '\0')
            w++;
          g_assert_nonnull (words[w]);
          /* "CloudFro" would not match "CloudFront" */
          g_assert_cmpstr (line_words[j], ==, words[w]);
          w++;
        }
    }
  while (words[w] != NULL && words[w][0] == '\0')
    w++;
  g_assert_null (words[w]);
}

static const BrItemKind shapes[] = {
  BR_ITEM_RECTANGLE, BR_ITEM_ROUNDED_RECTANGLE, BR_ITEM_ELLIPSE, BR_ITEM_DIAMOND,
  BR_ITEM_CYLINDER, BR_ITEM_CLOUD, BR_ITEM_HEXAGON,
};

/* Every corner of every shape's text area is inside its outline: drawn
 * filled, the area's corners show the fill colour */
static void
test_text_area_inside (void)
{
  for (guint s = 0; s <= G_N_ELEMENTS (shapes); s++)
    for (guint aspect = 0; aspect < 3; aspect++)
      {
        static const double sizes[][2] = { { 160, 90 }, { 90, 160 }, { 300, 60 } };
        double w = sizes[aspect][0], h = sizes[aspect][1];
        BrItem *item = s < G_N_ELEMENTS (shapes) ? br_item_new (shapes[s], 20, 20, w, h)
                                                : br_item_new_stencil (BR_STENCIL_CDN, 20, 20, w, h);
        cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 260);
        cairo_t *cr = cairo_create (surface);
        BrRenderOptions options;
        double fill[3];
        guint32 want;
        BrRect area;

        item->filled = TRUE;
        item->fill_color = 4;
        br_render_options_init (&options);
        br_item_render (item, cr, &options, NULL);
        cairo_destroy (cr);
        cairo_surface_flush (surface);

        br_palette_get_fill (4, BR_RENDER_LIGHT, fill);
        want = ((guint32) (fill[0] * 255 + 0.5) << 16) | ((guint32) (fill[1] * 255 + 0.5) << 8) |
               (guint32) (fill[2] * 255 + 0.5);
        br_item_get_text_area (item, TRUE, &area);
        g_assert_cmpfloat (area.width, >, 0);
        g_assert_cmpfloat (area.height, >, 0);
        for (int corner = 0; corner < 4; corner++)
          {
            int x = (int) (corner & 1 ? area.x + area.width - 1 : area.x + 1);
            int y = (int) (corner & 2 ? area.y + area.height - 1 : area.y + 1);
            const guint8 *data = cairo_image_surface_get_data (surface);
            guint32 got = *(const guint32 *) (gconstpointer) (data + y * cairo_image_surface_get_stride (surface) + 4 * x) & 0xffffff;

            if (got != want)
              g_error ("%s %gx%g: corner %d of the text area (%d, %d) is outside the outline (#%06x)",
                       s < G_N_ELEMENTS (shapes) ? br_item_kind_to_string (shapes[s]) : "stencil",
                       w, h, corner, x, y, got);
          }
        cairo_surface_destroy (surface);
        br_item_free (item);
      }
}

/* A label too wide for its shape grows the shape: as wide as its longest
 * word, as tall as its lines, around the same centre; one undo step */
static void
test_fit_grows (void)
{
  for (guint s = 0; s < G_N_ELEMENTS (shapes); s++)
    {
      g_autoptr(BrBoard) board = br_board_new ();
      const char *label = "CloudFrontDistribution serves edge caches for static assets and images worldwide";
      g_autofree char *id = g_strdup (br_board_add_item (board, br_item_new (shapes[s], 0, 0, 100, 60)));
      guint steps = br_board_get_n_undo_steps (board);
      const BrItem *item;
      double text_height;
      BrRect area;

      g_assert_true (br_board_set_label_fitted (board, id, label));
      g_assert_cmpuint (br_board_get_n_undo_steps (board), ==, steps + 1);
      item = br_board_lookup (board, id);
      g_assert_cmpfloat (item->width, >, 100);
      g_assert_cmpfloat (item->height, >, 60);
      g_assert_cmpfloat_with_epsilon (item->x + item->width / 2, 50, 1e-9);
      g_assert_cmpfloat_with_epsilon (item->y + item->height / 2, 30, 1e-9);

      br_item_get_text_area (item, TRUE, &area);
      g_assert_cmpfloat (br_item_longest_word (item, label), <=, area.width + 0.01);
      br_item_measure_label (item, label, area.width, NULL, &text_height);
      g_assert_cmpfloat (text_height, <=, area.height + 0.01);

      /* The words are whole on every line */
      {
        g_autoptr(GPtrArray) lines = exported_lines (board);
        g_assert_cmpuint (lines->len, >, 1);
        assert_whole_words (lines, label);
      }

      /* Fitting again changes nothing; a shorter label does not shrink it */
      {
        BrRect again;
        g_assert_false (br_item_fit_label (item, label, &again));
        g_assert_false (br_item_fit_label (item, "DB", &again));
      }

      g_assert_true (br_board_undo (board));
      item = br_board_lookup (board, id);
      g_assert_cmpfloat (item->width, ==, 100);
      g_assert_cmpstr (item->label, ==, "");
    }
}

/* A shape too narrow for a word (an older file) lets the word run over
 * rather than cut it: never "CloudFro-nt" */
static void
test_never_hyphenated (void)
{
  g_autoptr(BrBoard) board = br_board_new ();
  BrItem *item = br_item_new (BR_ITEM_RECTANGLE, 0, 0, 60, 200);
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(PangoLayout) layout = pango_layout_new (br_label_get_context ());
  const char *label = "CloudFront Elasticsearch";

  br_item_set_label (item, label);
  br_board_add_item (board, item);
  lines = exported_lines (board);
  g_assert_cmpuint (lines->len, ==, 2);
  assert_whole_words (lines, label);

  /* No hyphen is drawn either: Pango would draw one without it being in
   * the text */
  br_label_layout_setup (layout, item, label, 20);
  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;
      const char *text = label + line->start_index;

      g_assert_true (line->start_index == 0 || text[-1] == ' ');
    }
}

/* Standalone text breaks only where a line break was typed, and its box
 * takes the size of its lines */
static void
test_standalone_text (void)
{
  g_autoptr(BrBoard) board = br_board_new ();
  const char *label = "Writes go to the primary database in the home region\nreads go to replicas";
  g_autofree char *id = g_strdup (br_board_add_item (board, br_item_new (BR_ITEM_TEXT, 0, 0, 50, 20)));
  g_autoptr(GPtrArray) lines = NULL;
  const BrItem *item;
  double text_width, text_height;

  g_assert_true (br_board_set_label_fitted (board, id, label));
  lines = exported_lines (board);
  g_assert_cmpuint (lines->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (lines, 0), ==, "Writes go to the primary database in the home region");
  g_assert_cmpstr (g_ptr_array_index (lines, 1), ==, "reads go to replicas");

  item = br_board_lookup (board, id);
  br_item_measure_label (item, label, -1, &text_width, &text_height);
  g_assert_cmpfloat (item->width, >=, text_width);
  g_assert_cmpfloat (item->width, <=, text_width + 20);
  g_assert_cmpfloat (item->height, >=, text_height);

  /* Shorter text, smaller box */
  g_assert_true (br_board_set_label_fitted (board, id, "DB"));
  g_assert_cmpfloat (br_board_lookup (board, id)->width, <, text_width);
}

/* Excalidraw's standalone text keeps its typed lines, however narrow the
 * box Excalidraw measured with its own fonts */
static void
test_excalidraw_text_lines (void)
{
  static const char drawing[] =
    "{\"type\": \"excalidraw\", \"version\": 2, \"elements\": ["
    "{\"id\": \"t\", \"type\": \"text\", \"x\": 10, \"y\": 10, \"width\": 40, \"height\": 50,"
    " \"text\": \"Read\\nreplicas\\nserve\\nthe\\nfeed\", \"originalText\": \"Read replicas serve\\nthe feed\","
    " \"fontSize\": 20, \"textAlign\": \"left\"}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (drawing, sizeof drawing - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) board = br_excalidraw_parse (bytes, NULL, &error);
  g_autoptr(GPtrArray) lines = NULL;
  const BrItem *item;

  g_assert_no_error (error);
  lines = exported_lines (board);
  g_assert_cmpuint (lines->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (lines, 0), ==, "Read replicas serve");
  g_assert_cmpstr (g_ptr_array_index (lines, 1), ==, "the feed");

  /* Left-aligned: the box starts where Excalidraw's did */
  item = br_board_get_item (board, 0);
  g_assert_cmpfloat (item->x, ==, 10);
  g_assert_cmpfloat (item->y, ==, 10);
  g_assert_cmpfloat (item->width, >, 40);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/board-label/text-area-inside", test_text_area_inside);
  g_test_add_func ("/board-label/fit-grows", test_fit_grows);
  g_test_add_func ("/board-label/never-hyphenated", test_never_hyphenated);
  g_test_add_func ("/board-label/standalone-text", test_standalone_text);
  g_test_add_func ("/board-label/excalidraw-text-lines", test_excalidraw_text_lines);

  return g_test_run ();
}
