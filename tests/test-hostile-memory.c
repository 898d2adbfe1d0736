/* test-hostile-memory.c — documents under their size limits whose trees
 * would be a hundred times larger: every loader refuses them within its
 * budget, and reading any file, hostile or large and ordinary, takes less
 * than ten times its size plus 100 MB
 *
 * The files are a few megabytes, made here: enough to go far past the
 * bound where a loader builds the whole tree (about 300 bytes for each
 * "{}"), small enough to be quick. Each reading runs in a child process,
 * whose peak memory (wait4()) less that of a child that does nothing is
 * what the reading took.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "br-board-file.h"
#include "br-board-load.h"
#include "br-excalidraw.h"
#include "br-guide.h"
#include "br-practice-history.h"
#include "br-progress.h"
#include "br-store.h"
#include "br-test-boards.h"
#include "br-test-hostile.h"

/* Enough values that a whole tree of them is several hundred megabytes */
#define MANY 1000000

typedef enum {
  LOAD_BOARD,
  LOAD_ANY_BOARD,
  LOAD_DRAWING,
  LOAD_GUIDE,
  LOAD_PROGRESS,
  LOAD_PRACTICE,
} LoadKind;

typedef struct {
  LoadKind kind;
  char *path;           /* the file, or the data folder of a store */
  gboolean expect_ok;
} Load;

/* "PREFIX UNIT,UNIT,...UNIT SUFFIX" with @n units */
static GString *
repeat (const char *prefix,
        const char *unit,
        guint       n,
        const char *suffix)
{
  GString *text = g_string_sized_new (strlen (prefix) + (strlen (unit) + 1) * n + strlen (suffix));

  g_string_append (text, prefix);
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (text, ',');
      g_string_append (text, unit);
    }
  g_string_append (text, suffix);
  return text;
}

static void
write_file (const char *path,
            const void *data,
            gsize       size)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, size, &error);
  g_assert_no_error (error);
}

/* Whether @error says a budget ran out. No assertion: in the child, a
 * failure is reported to the test, which checks the memory first */
static gboolean
is_budget_error (const GError *error)
{
  return error != NULL &&
         (strstr (error->message, "values here, the most a file of this kind may hold") != NULL ||
          strstr (error->message, "of memory, the most allowed for a file of this kind") != NULL);
}

static gboolean
load_in_child (gpointer data)
{
  Load *load = data;
  g_autoptr(GFile) file = g_file_new_for_path (load->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) object = NULL;
  gboolean ok;

  switch (load->kind)
    {
    case LOAD_BOARD:
      object = G_OBJECT (br_board_new_from_file (file, NULL, &error));
      break;
    case LOAD_ANY_BOARD:
      object = G_OBJECT (br_board_load (file, NULL, NULL, NULL, &error));
      break;
    case LOAD_DRAWING:
      object = G_OBJECT (br_excalidraw_new_from_file (file, NULL, NULL, &error));
      break;
    case LOAD_GUIDE:
      object = G_OBJECT (br_guide_new_from_file (file, NULL, &error));
      break;
    case LOAD_PROGRESS:
      object = G_OBJECT (br_progress_new (load->path));
      if (!br_progress_load (BR_PROGRESS (object), &error))
        g_clear_object (&object);
      break;
    case LOAD_PRACTICE:
    default:
      object = G_OBJECT (br_practice_history_new (load->path));
      if (!br_practice_history_load (BR_PRACTICE_HISTORY (object), &error))
        g_clear_object (&object);
      break;
    }

  if (load->expect_ok)
    ok = object != NULL && error == NULL;
  else if (load->kind == LOAD_PROGRESS || load->kind == LOAD_PRACTICE)
    /* A store moves such a file aside and says why */
    ok = object == NULL && g_error_matches (error, BR_STORE_ERROR, BR_STORE_ERROR_MOVED_ASIDE) &&
         is_budget_error (error);
  else
    ok = object == NULL && g_error_matches (error, BR_DOC_ERROR, BR_DOC_ERROR_TOO_LARGE) &&
         is_budget_error (error) && g_str_has_prefix (error->message, load->path);
  if (!ok)
    g_printerr ("%s: %s\n", load->path, error ? error->message : "read");
  return ok;
}

/* Reads the file at @path as @kind in a child, and checks what it took */
static void
check_load (LoadKind    kind,
            const char *path,
            const char *load_path,
            gboolean    expect_ok)
{
  Load load = { kind, (char *) (load_path ? load_path : path), expect_ok };
  GStatBuf st;
  gsize overhead, peak;
  gboolean ok;

  g_assert_no_errno (g_stat (path, &st));
  overhead = br_test_child_overhead ();
  peak = br_test_run_in_child (load_in_child, &load, &ok);
  /* What it took first: that is what went wrong before the budgets */
  br_test_assert_bounded (path, (gsize) st.st_size, peak > overhead ? peak - overhead : 0);
  g_assert_true (ok);
}

static void
test_board (void)
{
  g_autofree char *dir = br_test_make_temp_dir ();
  g_autofree char *view = g_build_filename (dir, "view.brboard", NULL);
  g_autofree char *item = g_build_filename (dir, "item.brboard", NULL);
  g_autofree char *items = g_build_filename (dir, "items.brboard", NULL);
  GString *text;

  /* 22 million {} in the view of a 64 MB board took 6.7 GB */
  text = repeat ("{\"format\": \"bar-raiser-board\", \"version\": 1, \"items\": [],\n"
                 " \"view\": {\"x\": 0, \"y\": 0, \"zoom\": 1, \"extra\": [", "{}", MANY, "]}}\n");
  write_file (view, text->str, text->len);
  g_string_free (text, TRUE);
  check_load (LOAD_BOARD, view, NULL, FALSE);

  /* Items are parsed one at a time, each within the budget */
  text = repeat ("{\"format\": \"bar-raiser-board\", \"version\": 1, \"items\": [\n"
                 " {\"id\": \"s\", \"kind\": \"stroke\", \"points\": [", "0", 2 * MANY, "]}]}\n");
  write_file (item, text->str, text->len);
  g_string_free (text, TRUE);
  check_load (LOAD_BOARD, item, NULL, FALSE);

  text = repeat ("{\"format\": \"bar-raiser-board\", \"version\": 1, \"items\": [", "{}", MANY, "]}\n");
  write_file (items, text->str, text->len);
  g_string_free (text, TRUE);
  check_load (LOAD_BOARD, items, NULL, FALSE);

  br_test_remove_tree (dir);
}

static void
test_drawing (void)
{
  g_autofree char *dir = br_test_make_temp_dir ();
  g_autofree char *element = g_build_filename (dir, "element.excalidraw", NULL);
  g_autofree char *state = g_build_filename (dir, "state.excalidraw", NULL);
  GString *text;

  /* 30 million zeros in a drawing took 2.5 GB */
  text = repeat ("{\"type\": \"excalidraw\", \"version\": 2, \"elements\": [\n"
                 " {\"id\": \"l\", \"type\": \"line\", \"x\": 0, \"y\": 0, \"points\": [", "0", 2 * MANY, "]}]}\n");
  write_file (element, text->str, text->len);
  g_string_free (text, TRUE);
  check_load (LOAD_DRAWING, element, NULL, FALSE);

  text = repeat ("{\"type\": \"excalidraw\", \"version\": 2, \"elements\": [], \"appState\": {\"z\": [",
                 "0", 2 * MANY, "]}}\n");
  write_file (state, text->str, text->len);
  g_string_free (text, TRUE);
  check_load (LOAD_DRAWING, state, NULL, FALSE);

  br_test_remove_tree (dir);
}

/* ---------------------------------------------------------------------- */
/* A PNG image with a board inside, compressed                             */

static guint32
crc32 (const guint8 *data,
       gsize         length)
{
  guint32 crc = 0xffffffff;

  for (gsize i = 0; i < length; i++)
    {
      crc ^= data[i];
      for (int k = 0; k < 8; k++)
        crc = (crc >> 1) ^ (0xedb88320 & -(crc & 1));
    }
  return crc ^ 0xffffffff;
}

static void
append_be32 (GByteArray *out,
             guint32     value)
{
  guint8 bytes[4] = { value >> 24, value >> 16, value >> 8, value };

  g_byte_array_append (out, bytes, 4);
}

static void
append_chunk (GByteArray   *out,
              const char   *type,
              const guint8 *data,
              gsize         length)
{
  g_autoptr(GByteArray) chunk = g_byte_array_new ();

  g_byte_array_append (chunk, (const guint8 *) type, 4);
  g_byte_array_append (chunk, data, length);
  append_be32 (out, length);
  g_byte_array_append (out, chunk->data, chunk->len);
  append_be32 (out, crc32 (chunk->data, chunk->len));
}

static GBytes *
compress (const char *text,
          gsize       length)
{
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB, 9);
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) stream = g_converter_output_stream_new (memory, G_CONVERTER (compressor));
  g_autoptr(GError) error = NULL;

  g_output_stream_write_all (stream, text, length, NULL, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_close (stream, NULL, &error);
  g_assert_no_error (error);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
}

static void
test_png (void)
{
  static const guint8 signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  static const guint8 header[13] = { 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0 };
  g_autofree char *dir = br_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "zeros.png", NULL);
  g_autoptr(GByteArray) png = g_byte_array_new ();
  g_autoptr(GByteArray) chunk = g_byte_array_new ();
  g_autoptr(GBytes) compressed = NULL;
  GString *board;

  /* A 62 KB PNG whose board, inflated, held 30 million zeros took 2.5 GB */
  board = repeat ("{\"format\": \"bar-raiser-board\", \"version\": 1, \"items\": [\n"
                  " {\"id\": \"s\", \"kind\": \"stroke\", \"points\": [", "0", 2 * MANY, "]}]}\n");
  compressed = compress (board->str, board->len);
  g_string_free (board, TRUE);

  g_byte_array_append (chunk, (const guint8 *) "bar-raiser-board", strlen ("bar-raiser-board") + 1);
  g_byte_array_append (chunk, (const guint8 *) "\1\0\0\0", 4);
  g_byte_array_append (chunk, g_bytes_get_data (compressed, NULL), g_bytes_get_size (compressed));
  g_byte_array_append (png, signature, sizeof signature);
  append_chunk (png, "IHDR", header, sizeof header);
  append_chunk (png, "iTXt", chunk->data, chunk->len);
  append_chunk (png, "IEND", NULL, 0);
  write_file (path, png->data, png->len);
  g_assert_cmpuint (png->len, <, 64 * 1024);

  check_load (LOAD_ANY_BOARD, path, NULL, FALSE);
  br_test_remove_tree (dir);
}

/* ---------------------------------------------------------------------- */
/* Stores and the guide                                                    */

static void
test_stores (void)
{
  static const char * const practice[] = {
    /* A 15 MB practice.json of {} took 1.7 GB at start-up */
    "{\"format\": \"bar-raiser-practice\", \"version\": 1, \"schedules\": [",
    "{\"format\": \"bar-raiser-practice\", \"version\": 1, \"attempts\": [",
  };

  for (guint i = 0; i < G_N_ELEMENTS (practice); i++)
    {
      g_autofree char *dir = br_test_make_temp_dir ();
      g_autofree char *path = g_build_filename (dir, BR_PRACTICE_FILE_NAME, NULL);
      GString *text = repeat (practice[i], "{}", MANY, "]}\n");

      write_file (path, text->str, text->len);
      g_string_free (text, TRUE);
      check_load (LOAD_PRACTICE, path, dir, FALSE);
      br_test_remove_tree (dir);
    }

  {
    g_autofree char *dir = br_test_make_temp_dir ();
    g_autofree char *path = g_build_filename (dir, BR_PROGRESS_FILE_NAME, NULL);
    GString *text = repeat ("{\"format\": \"bar-raiser-progress\", \"version\": 1, "
                            "\"start-date\": \"2024-03-04\", \"items\": [", "{}", MANY, "]}\n");

    write_file (path, text->str, text->len);
    g_string_free (text, TRUE);
    check_load (LOAD_PROGRESS, path, dir, FALSE);
    br_test_remove_tree (dir);
  }
}

static void
test_guide (void)
{
  g_autofree char *dir = br_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "guide.json", NULL);
  /* Under the guide's 2 MiB */
  GString *text = repeat ("{\"format\": \"bar-raiser-guide\", \"version\": 1, \"title\": [", "{}", 600000, "]}\n");

  g_assert_cmpuint (text->len, <, BR_GUIDE_MAX_SIZE);
  write_file (path, text->str, text->len);
  g_string_free (text, TRUE);
  check_load (LOAD_GUIDE, path, NULL, FALSE);
  br_test_remove_tree (dir);
}

/* ---------------------------------------------------------------------- */
/* Large, ordinary files are read, within the same bound                   */

static void
test_large_ordinary (void)
{
  g_autofree char *dir = br_test_make_temp_dir ();
  g_autofree char *board_path = g_build_filename (dir, "large.brboard", NULL);
  g_autoptr(BrBoard) board = br_test_random_board (20000, FALSE);
  g_autoptr(GFile) board_file = g_file_new_for_path (board_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *practice_path = g_build_filename (dir, BR_PRACTICE_FILE_NAME, NULL);
  GString *practice;

  br_board_save_to_file (board, board_file, NULL, &error);
  g_assert_no_error (error);
  check_load (LOAD_BOARD, board_path, NULL, TRUE);

  /* A long practice history, as the app writes it: attempts are read one
   * at a time */
  practice = g_string_new ("{\n \"format\": \"bar-raiser-practice\",\n \"version\": 1,\n \"attempts\": [\n");
  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (practice,
                            "%s  {\"id\": \"attempts/a%u\", \"question\": \"questions/design-s3\", "
                            "\"started\": \"2024-03-04T18:30:00Z\", \"length\": 45, \"completed\": true,\n"
                            "   \"phases\": [{\"phase\": \"phases/requirements\", \"budget\": 300, \"actual\": 412},\n"
                            "              {\"phase\": \"phases/high-level\", \"budget\": 900, \"actual\": 870}],\n"
                            "   \"scores\": {\"rubric/requirements\": 3, \"rubric/scale\": 2},\n"
                            "   \"principles\": [\"principles/customer-obsession\", \"principles/dive-deep\"],\n"
                            "   \"notes\": \"Forgot the read path; the cache was an afterthought\"}",
                            i > 0 ? ",\n" : "", i);
  g_string_append (practice, "\n ]\n}\n");
  write_file (practice_path, practice->str, practice->len);
  g_string_free (practice, TRUE);
  check_load (LOAD_PRACTICE, practice_path, dir, TRUE);

  br_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hostile-memory/board", test_board);
  g_test_add_func ("/hostile-memory/drawing", test_drawing);
  g_test_add_func ("/hostile-memory/png", test_png);
  g_test_add_func ("/hostile-memory/stores", test_stores);
  g_test_add_func ("/hostile-memory/guide", test_guide);
  g_test_add_func ("/hostile-memory/large-ordinary", test_large_ordinary);

  return g_test_run ();
}
