/* test-board-export.c — boards as PNG, SVG and PDF images
 *
 * Every board in tests/data/board/good/ is exported in each format, whole
 * and as a selection, and the images are read back: the PNG's size
 * follows the scale and the drawing's bounds, its pixels the background
 * asked for; the SVG is well-formed XML with every label as text; the PDF
 * has one page with every label as text (read by pdftotext); and the
 * board inside a PNG or an SVG comes back byte for byte.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "br-board-export.h"
#include "br-board-label.h"
#include "br-board-file.h"
#include "br-test-fixtures.h"

static GPtrArray *good_boards;   /* paths */
static char *all_kinds;          /* the board every kind of item is on */

static BrBoard *
load_board (const char *path)
{
  g_autoptr(GBytes) bytes = br_test_load_bytes (path);
  g_autoptr(GError) error = NULL;
  BrBoard *board = br_board_parse (bytes, &error);

  g_assert_no_error (error);
  return board;
}

static GBytes *
export (BrBoard        *board,
        BrExportFormat  format,
        double          scale,
        const char     *first_id,
        ...)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;
  BrExportOptions options;
  GBytes *bytes;
  va_list args;

  va_start (args, first_id);
  for (const char *id = first_id; id != NULL; id = va_arg (args, const char *))
    g_strv_builder_add (builder, id);
  va_end (args);
  ids = g_strv_builder_end (builder);

  br_export_options_init (&options);
  options.format = format;
  options.scale = scale;
  options.ids = first_id ? (const char * const *) ids : NULL;
  bytes = br_board_export (board, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

/* Whitespace left out: wrapping splits a label over lines */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

static gboolean
has_label (const BrItem *item)
{
  g_autofree char *label = squeeze (item->label);

  return label[0] != '\0';
}

static void
assert_same_board (BrBoard *expected,
                   GBytes  *image)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BrBoard) found = br_board_export_extract (image, &error);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  g_assert_no_error (error);
  before = br_board_to_bytes (expected);
  after = br_board_to_bytes (found);
  g_assert_true (g_bytes_equal (before, after));
}

/* ---------------------------------------------------------------------- */
/* PNG                                                                     */

typedef struct {
  GBytes *bytes;
  gsize offset;
} PngReader;

static cairo_status_t
read_png (void          *closure,
          unsigned char *data,
          unsigned int   length)
{
  PngReader *reader = closure;
  gsize size;
  const guint8 *bytes = g_bytes_get_data (reader->bytes, &size);

  if (size - reader->offset < length)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, bytes + reader->offset, length);
  reader->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *
decode_png (GBytes *bytes)
{
  PngReader reader = { bytes, 0 };
  cairo_surface_t *surface = cairo_image_surface_create_from_png_stream (read_png, &reader);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  const guint8 *row = cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface);

  cairo_surface_flush (surface);
  return ((const guint32 *) row)[x];
}

/* The union of the items' boxes, of those drawn to their edges (all but
 * text items) or of all of them */
static void
board_bounds (BrBoard  *board,
              gboolean  outlined_only,
              BrRect   *out)
{
  out->width = -1;
  for (guint i = 0; i < br_board_get_n_items (board); i++)
    {
      const BrItem *item = br_board_get_item (board, i);
      BrRect box;

      if (outlined_only && item->kind == BR_ITEM_TEXT)
        continue;
      br_item_get_bounds (item, &box);
      /* Standalone text never wraps: its lines may run past a box that
       * an older file gave it */
      if (item->kind == BR_ITEM_TEXT)
        {
          BrRect text;

          br_item_fit_label (item, item->label, &text);
          br_rect_union (&box, &text);
        }
      if (out->width < 0)
        *out = box;
      else
        br_rect_union (out, &box);
    }
}

static void
test_png (void)
{
  for (guint b = 0; b < good_boards->len; b++)
    {
      g_autoptr(BrBoard) board = load_board (g_ptr_array_index (good_boards, b));
      cairo_surface_t *images[4] = { NULL };
      BrExportOptions options;
      BrRect outlined, bounds;
      int width1 = 0, height1 = 0, width, height;
      gboolean inked = FALSE;

      board_bounds (board, TRUE, &outlined);
      board_bounds (board, FALSE, &bounds);
      br_export_options_init (&options);
      for (int scale = 1; scale <= 3; scale++)
        {
          g_autoptr(GBytes) bytes = export (board, BR_EXPORT_PNG, scale, NULL);
          g_autoptr(GError) error = NULL;

          assert_same_board (board, bytes);
          images[scale] = decode_png (bytes);
          width = cairo_image_surface_get_width (images[scale]);
          height = cairo_image_surface_get_height (images[scale]);
          if (scale == 1)
            {
              width1 = width;
              height1 = height;
            }
          /* Whole board units, scaled: N times the image at 1x */
          g_assert_cmpint (width, ==, scale * width1);
          g_assert_cmpint (height, ==, scale * height1);

          options.scale = scale;
          g_assert_true (br_board_export_get_size (board, &options, &width, &height, &error));
          g_assert_no_error (error);
          g_assert_cmpint (width, ==, scale * width1);
          g_assert_cmpint (height, ==, scale * height1);
        }

      /* The drawing and its margin: at least the outlined items, at
       * most every box (a text item's label may not fill it), with room
       * for line widths and arrowheads */
      g_assert_cmpfloat (width1, >=, outlined.width + 2 * options.margin);
      g_assert_cmpfloat (width1, <=, bounds.width + 2 * options.margin + 30);
      g_assert_cmpfloat (height1, >=, outlined.height + 2 * options.margin);
      g_assert_cmpfloat (height1, <=, bounds.height + 2 * options.margin + 30);

      /* A white background, and something drawn on it */
      g_assert_cmphex (pixel (images[1], 0, 0), ==, 0xffffffff);
      for (int y = 0; y < height1 && !inked; y++)
        for (int x = 0; x < width1 && !inked; x++)
          inked = pixel (images[1], x, y) != 0xffffffff;
      g_assert_true (inked);

      for (int scale = 1; scale <= 3; scale++)
        cairo_surface_destroy (images[scale]);
    }
}

static void
test_png_background (void)
{
  g_autoptr(BrBoard) board = load_board (all_kinds);
  g_autoptr(GError) error = NULL;
  BrExportOptions options;
  double dark[3];

  br_export_options_init (&options);
  options.style = BR_RENDER_DARK;
  {
    g_autoptr(GBytes) bytes = br_board_export (board, &options, &error);
    cairo_surface_t *image = decode_png (bytes);

    br_palette_get_background (BR_RENDER_DARK, dark);
    g_assert_cmphex (pixel (image, 0, 0), ==, 0xff000000 | ((guint) (dark[0] * 255) << 16) |
                                              ((guint) (dark[1] * 255) << 8) | (guint) (dark[2] * 255));
    cairo_surface_destroy (image);
  }

  options.transparent = TRUE;
  {
    g_autoptr(GBytes) bytes = br_board_export (board, &options, &error);
    cairo_surface_t *image = decode_png (bytes);

    g_assert_no_error (error);
    g_assert_cmpint (cairo_image_surface_get_format (image), ==, CAIRO_FORMAT_ARGB32);
    g_assert_cmphex (pixel (image, 0, 0), ==, 0);
    cairo_surface_destroy (image);
  }
}

/* ---------------------------------------------------------------------- */
/* SVG                                                                     */

typedef struct {
  GPtrArray *texts;      /* the content of each <text> */
  GString *current;      /* while in one */
  guint n_elements;
  gboolean root_is_svg;
  char *width;
  char *height;
} SvgContent;

static void
svg_start (GMarkupParseContext *context,
           const char          *name,
           const char         **attribute_names,
           const char         **attribute_values,
           gpointer             user_data,
           GError             **error)
{
  SvgContent *content = user_data;

  if (content->n_elements++ == 0)
    {
      content->root_is_svg = g_str_equal (name, "svg");
      for (guint i = 0; attribute_names[i] != NULL; i++)
        if (g_str_equal (attribute_names[i], "width"))
          content->width = g_strdup (attribute_values[i]);
        else if (g_str_equal (attribute_names[i], "height"))
          content->height = g_strdup (attribute_values[i]);
    }
  if (g_str_equal (name, "text"))
    content->current = g_string_new (NULL);
}

static void
svg_end (GMarkupParseContext *context,
         const char          *name,
         gpointer             user_data,
         GError             **error)
{
  SvgContent *content = user_data;

  if (g_str_equal (name, "text"))
    g_ptr_array_add (content->texts, g_string_free (g_steal_pointer (&content->current), FALSE));
}

static void
svg_text (GMarkupParseContext *context,
          const char          *text,
          gsize                length,
          gpointer             user_data,
          GError             **error)
{
  SvgContent *content = user_data;

  if (content->current != NULL)
    g_string_append_len (content->current, text, length);
}

static void
parse_svg (GBytes     *bytes,
           SvgContent *content)
{
  static const GMarkupParser parser = { svg_start, svg_end, svg_text, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;

  memset (content, 0, sizeof *content);
  content->texts = g_ptr_array_new_with_free_func (g_free);
  context = g_markup_parse_context_new (&parser, G_MARKUP_PREFIX_ERROR_POSITION, content, NULL);
  g_markup_parse_context_parse (context, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
  g_assert_true (content->root_is_svg);
}

static void
svg_content_clear (SvgContent *content)
{
  g_ptr_array_unref (content->texts);
  g_free (content->width);
  g_free (content->height);
}

/* Each labelled item's label is one <text>, in z-order */
static void
assert_svg_labels (SvgContent *content,
                   BrBoard    *board,
                   GHashTable *only)
{
  guint n = 0;

  for (guint i = 0; i < br_board_get_n_items (board); i++)
    {
      const BrItem *item = br_board_get_item (board, i);
      g_autofree char *label = squeeze (item->label);
      g_autofree char *text = NULL;

      if (!has_label (item) || (only != NULL && !g_hash_table_contains (only, item->id)))
        continue;
      g_assert_cmpuint (n, <, content->texts->len);
      text = squeeze (g_ptr_array_index (content->texts, n));
      g_assert_cmpstr (text, ==, label);
      n++;
    }
  g_assert_cmpuint (n, ==, content->texts->len);
}

static void
test_svg (void)
{
  for (guint b = 0; b < good_boards->len; b++)
    {
      g_autoptr(BrBoard) board = load_board (g_ptr_array_index (good_boards, b));
      g_autoptr(GBytes) bytes = export (board, BR_EXPORT_SVG, 1, NULL);
      g_autoptr(GBytes) png = export (board, BR_EXPORT_PNG, 1, NULL);
      g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      g_autofree char *width = NULL;
      g_autofree char *height = NULL;
      cairo_surface_t *image = decode_png (png);
      SvgContent content;

      parse_svg (bytes, &content);
      assert_svg_labels (&content, board, NULL);
      /* The same area as the PNG */
      width = g_strdup_printf ("%d", cairo_image_surface_get_width (image));
      height = g_strdup_printf ("%d", cairo_image_surface_get_height (image));
      g_assert_cmpstr (content.width, ==, width);
      g_assert_cmpstr (content.height, ==, height);
      /* No label turned into glyph outlines */
      g_assert_null (strstr (text, "glyph"));
      assert_same_board (board, bytes);

      svg_content_clear (&content);
      cairo_surface_destroy (image);
    }
}

/* A label an item drawn later covers stays under it */
static void
test_svg_z_order (void)
{
  g_autoptr(BrBoard) board = br_board_new ();
  BrItem *below = br_item_new (BR_ITEM_RECTANGLE, 0, 0, 300, 200);
  BrItem *above = br_item_new (BR_ITEM_RECTANGLE, 100, 80, 100, 40);
  BrItem *apart = br_item_new (BR_ITEM_ELLIPSE, 500, 0, 100, 50);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  const char *hidden, *second_layer, *on_top, *third_layer;
  SvgContent content;

  br_item_set_label (below, "<Hid> & \"it\" ]]>");
  above->filled = TRUE;
  br_item_set_label (above, "On top");
  br_item_set_label (apart, "Apart");
  br_board_add_item (board, below);
  br_board_add_item (board, above);
  br_board_add_item (board, apart);

  bytes = export (board, BR_EXPORT_SVG, 1, NULL);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  parse_svg (bytes, &content);
  assert_svg_labels (&content, board, NULL);
  svg_content_clear (&content);

  hidden = strstr (text, "&lt;Hid&gt; &amp; &quot;it&quot; ]]&gt;");
  second_layer = strstr (text, "<g id=\"layer2-");
  on_top = strstr (text, ">On top<");
  third_layer = strstr (text, "<g id=\"layer3-");
  g_assert_nonnull (hidden);
  g_assert_nonnull (second_layer);
  g_assert_nonnull (on_top);
  g_assert_true (hidden < second_layer && second_layer < on_top);
  /* The ellipse is apart from both labels: no third layer */
  g_assert_null (third_layer);
  assert_same_board (board, bytes);
}

/* ---------------------------------------------------------------------- */
/* PDF                                                                     */

static char *
pdf_to_text (GBytes *pdf)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("br-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "board.pdf", NULL);
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  char *output = NULL;
  int status;

  g_assert_no_error (error);
  g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error);
  g_assert_no_error (error);
  {
    const char *argv[] = { program, "-raw", "-enc", "UTF-8", path, "-", NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                  &output, NULL, &status, &error);
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_unlink (path);
  g_rmdir (dir);
  return output;
}

static guint
count_pages (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    n += *p == '\f';
  return n;
}

static void
test_pdf (void)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");

  if (program == NULL)
    {
      g_test_skip ("pdftotext (Debian's poppler-utils) is not installed");
      return;
    }

  for (guint b = 0; b < good_boards->len; b++)
    {
      g_autoptr(BrBoard) board = load_board (g_ptr_array_index (good_boards, b));
      g_autoptr(GBytes) bytes = export (board, BR_EXPORT_PDF, 1, NULL);
      g_autofree char *text = pdf_to_text (bytes);
      g_autofree char *squeezed = squeeze (text);

      g_assert_cmpuint (g_bytes_get_size (bytes), >, 5);
      g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 5, "%PDF-", 5);
      g_assert_cmpuint (count_pages (text), ==, 1);
      for (guint i = 0; i < br_board_get_n_items (board); i++)
        {
          const BrItem *item = br_board_get_item (board, i);
          g_autofree char *label = squeeze (item->label);

          if (has_label (item))
            {
              g_test_message ("PDF label %s: %s", item->id, label);
              g_assert_nonnull (strstr (squeezed, label));
            }
        }
    }
}

/* ---------------------------------------------------------------------- */
/* Selections, and what cannot be exported                                 */

static void
test_selection (void)
{
  g_autoptr(BrBoard) board = load_board (all_kinds);
  g_autoptr(GBytes) whole = export (board, BR_EXPORT_PNG, 1, NULL);
  g_autoptr(GBytes) pdf = export (board, BR_EXPORT_PDF, 1, "lb", "svc", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr(GBytes) png = export (board, BR_EXPORT_PNG, 1, "lb", "a2", "svc", "no-such-item", NULL);
  g_autoptr(GBytes) svg = export (board, BR_EXPORT_SVG, 1, "lb", "a2", "svc", NULL);
  const char *ids[] = { "lb", "a2", "svc", NULL };
  g_autoptr(BrBoard) expected = br_board_copy_items (board, ids);
  g_autoptr(GHashTable) only = g_hash_table_new (g_str_hash, g_str_equal);
  cairo_surface_t *whole_image = decode_png (whole);
  cairo_surface_t *image = decode_png (png);
  SvgContent content;

  g_assert_cmpint (cairo_image_surface_get_width (image), <, cairo_image_surface_get_width (whole_image));
  g_assert_cmpint (cairo_image_surface_get_height (image), <, cairo_image_surface_get_height (whole_image));
  assert_same_board (expected, png);
  assert_same_board (expected, svg);
  g_assert_cmpuint (br_board_get_n_items (expected), ==, 3);
  g_assert_cmpstr (br_board_lookup (expected, "a2")->ends[0].item_id, ==, "lb");

  for (guint i = 0; ids[i] != NULL; i++)
    g_hash_table_add (only, (gpointer) ids[i]);
  parse_svg (svg, &content);
  assert_svg_labels (&content, board, only);
  svg_content_clear (&content);

  /* A selection's labels, and no others */
  if (pdftotext != NULL)
    {
      g_autofree char *text = pdf_to_text (pdf);

      g_assert_cmpuint (count_pages (text), ==, 1);
      g_assert_nonnull (strstr (text, "LB"));
      g_assert_nonnull (strstr (text, "Order service"));
      g_assert_null (strstr (text, "Cache"));
    }

  cairo_surface_destroy (image);
  cairo_surface_destroy (whole_image);
}

static void
test_nothing_to_export (void)
{
  g_autoptr(BrBoard) empty = br_board_new ();
  g_autoptr(BrBoard) board = load_board (all_kinds);
  g_autoptr(GError) error = NULL;
  const char *unknown[] = { "no-such-item", NULL };
  BrExportOptions options;

  br_export_options_init (&options);
  for (guint format = 0; format < BR_N_EXPORT_FORMATS; format++)
    {
      options.format = format;
      options.ids = NULL;
      g_assert_null (br_board_export (empty, &options, &error));
      g_assert_error (error, BR_EXPORT_ERROR, BR_EXPORT_ERROR_EMPTY);
      g_clear_error (&error);

      options.ids = unknown;
      g_assert_null (br_board_export (board, &options, &error));
      g_assert_error (error, BR_EXPORT_ERROR, BR_EXPORT_ERROR_EMPTY);
      g_clear_error (&error);
    }

  options.ids = NULL;
  options.format = BR_EXPORT_PNG;
  options.scale = 0.5;
  g_assert_null (br_board_export (board, &options, &error));
  g_assert_error (error, BR_EXPORT_ERROR, BR_EXPORT_ERROR_UNKNOWN_FORMAT);
  g_clear_error (&error);
}

static void
test_too_large (void)
{
  g_autoptr(BrBoard) wide = br_board_new ();
  g_autoptr(BrBoard) huge = br_board_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) svg = NULL;
  BrExportOptions options;

  /* 40,000 units: too wide for a PNG, fine as SVG or PDF */
  br_board_add_item (wide, br_item_new (BR_ITEM_RECTANGLE, -20000, 0, 100, 100));
  br_board_add_item (wide, br_item_new (BR_ITEM_RECTANGLE, 20000, 0, 100, 100));
  /* Further apart than any image */
  br_board_add_item (huge, br_item_new (BR_ITEM_RECTANGLE, -9e6, 0, 100, 100));
  br_board_add_item (huge, br_item_new (BR_ITEM_RECTANGLE, 9e6, 0, 100, 100));

  br_export_options_init (&options);
  g_assert_null (br_board_export (wide, &options, &error));
  g_assert_error (error, BR_EXPORT_ERROR, BR_EXPORT_ERROR_TOO_LARGE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "SVG or PDF"));
  g_clear_error (&error);

  options.format = BR_EXPORT_SVG;
  svg = br_board_export (wide, &options, &error);
  g_assert_no_error (error);
  assert_same_board (wide, svg);

  for (guint format = 0; format < BR_N_EXPORT_FORMATS; format++)
    {
      options.format = format;
      g_assert_null (br_board_export (huge, &options, &error));
      g_assert_error (error, BR_EXPORT_ERROR, BR_EXPORT_ERROR_TOO_LARGE);
      g_clear_error (&error);
    }
}

static void
test_formats (void)
{
  BrExportFormat format = BR_N_EXPORT_FORMATS;

  g_assert_true (br_export_format_from_filename ("board.png", &format));
  g_assert_cmpint (format, ==, BR_EXPORT_PNG);
  g_assert_true (br_export_format_from_filename ("/tmp/x.y/Board.SVG", &format));
  g_assert_cmpint (format, ==, BR_EXPORT_SVG);
  g_assert_true (br_export_format_from_filename ("board.pdf", &format));
  g_assert_cmpint (format, ==, BR_EXPORT_PDF);
  g_assert_false (br_export_format_from_filename ("board.gif", &format));
  g_assert_false (br_export_format_from_filename ("/tmp/x.png/board", &format));
  g_assert_false (br_export_format_from_filename ("png", &format));
  g_assert_cmpstr (br_export_format_get_extension (BR_EXPORT_SVG), ==, "svg");
  g_assert_cmpstr (br_export_format_get_mime_type (BR_EXPORT_PNG), ==, "image/png");
  g_assert_cmpstr (br_export_format_get_mime_type (BR_EXPORT_PDF), ==, "application/pdf");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  int status;

  g_test_init (&argc, &argv, NULL);

  good_boards = g_ptr_array_new_with_free_func (g_free);
  dir = g_test_build_filename (G_TEST_DIST, "data", "board", "good", NULL);
  listing = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_suffix (name, ".brboard"))
      g_ptr_array_add (good_boards, g_build_filename (dir, name, NULL));
  g_assert_cmpuint (good_boards->len, >, 0);
  all_kinds = g_build_filename (dir, "all-kinds.brboard", NULL);

  g_test_add_func ("/board-export/formats", test_formats);
  g_test_add_func ("/board-export/png", test_png);
  g_test_add_func ("/board-export/png-background", test_png_background);
  g_test_add_func ("/board-export/svg", test_svg);
  g_test_add_func ("/board-export/svg-z-order", test_svg_z_order);
  g_test_add_func ("/board-export/pdf", test_pdf);
  g_test_add_func ("/board-export/selection", test_selection);
  g_test_add_func ("/board-export/nothing-to-export", test_nothing_to_export);
  g_test_add_func ("/board-export/too-large", test_too_large);

  status = g_test_run ();
  g_ptr_array_unref (good_boards);
  g_free (all_kinds);
  return status;
}
