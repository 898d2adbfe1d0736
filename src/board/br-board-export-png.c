/* br-board-export-png.c — the board inside a PNG image
 *
 * An exported PNG carries the .brboard document in an iTXt chunk right
 * after the header chunk (IHDR): keyword "bar-raiser-board", compressed
 * with zlib, no language. Image viewers skip it; br_board_export_extract()
 * walks the chunks to find it again, checking every length against what
 * is left and every CRC, and also accepts the board in a zTXt or tEXt
 * chunk, should another program have rewritten the chunk.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "br-board-export-private.h"
#include "br-board-file.h"

#define SIGNATURE_SIZE 8
#define HEADER_END (SIGNATURE_SIZE + 4 + 4 + 13 + 4)   /* the signature and IHDR */
#define MAX_CHUNK_LENGTH 0x7fffffffu

static const guint8 signature[SIGNATURE_SIZE] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

/* ---------------------------------------------------------------------- */
/* CRC-32 as PNG uses it (ISO 3309)                                         */

static guint32 crc_table[256];

static void
init_crc_table (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      for (guint32 n = 0; n < 256; n++)
        {
          guint32 c = n;

          for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
          crc_table[n] = c;
        }
      g_once_init_leave (&done, 1);
    }
}

/* The CRC of a chunk: over its type and its data */
static guint32
chunk_crc (const guint8 *type_and_data,
           gsize         size)
{
  guint32 c = 0xffffffffu;

  init_crc_table ();
  for (gsize i = 0; i < size; i++)
    c = crc_table[(c ^ type_and_data[i]) & 0xff] ^ (c >> 8);
  return c ^ 0xffffffffu;
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static void
append_be32 (GByteArray *out,
             guint32     value)
{
  guint8 b[4] = { value >> 24, value >> 16, value >> 8, value };

  g_byte_array_append (out, b, 4);
}

/* ---------------------------------------------------------------------- */
/* zlib                                                                    */

/* Runs all of @data through @converter; NULL with @error set when the
 * converter fails, or when the output passes @max_size (too_large set) */
static GBytes *
convert_all (GConverter   *converter,
             const guint8 *data,
             gsize         size,
             gsize         max_size,
             gboolean     *too_large,
             GError      **error)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  gsize done = 0;
  guint8 buffer[16384];

  *too_large = FALSE;
  for (;;)
    {
      gsize read = 0, written = 0;
      GConverterResult result;

      result = g_converter_convert (converter, data + done, size - done, buffer, sizeof buffer,
                                    G_CONVERTER_INPUT_AT_END, &read, &written, error);
      if (result == G_CONVERTER_ERROR)
        return NULL;
      done += read;
      g_byte_array_append (out, buffer, written);
      if (out->len > max_size)
        {
          *too_large = TRUE;
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "too large");
          return NULL;
        }
      if (result == G_CONVERTER_FINISHED)
        break;
      if (read == 0 && written == 0)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT, _("the data is cut off"));
          return NULL;
        }
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

/* ---------------------------------------------------------------------- */
/* Writing                                                                 */

/**
 * _br_export_png_embed:
 * @png: a PNG image, as cairo writes it
 * @board: the .brboard document
 *
 * Returns: (transfer full): the image with the board in an iTXt chunk
 */
GBytes *
_br_export_png_embed (GBytes  *png,
                      GBytes  *board,
                      GError **error)
{
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB, 9);
  g_autoptr(GBytes) compressed = NULL;
  g_autoptr(GByteArray) chunk = g_byte_array_new ();
  g_autoptr(GByteArray) out = NULL;
  gsize png_size, board_size;
  const guint8 *png_data = g_bytes_get_data (png, &png_size);
  const guint8 *board_data = g_bytes_get_data (board, &board_size);
  gboolean too_large;

  if (png_size < HEADER_END || memcmp (png_data, signature, SIGNATURE_SIZE) != 0 ||
      read_be32 (png_data + SIGNATURE_SIZE) != 13 || memcmp (png_data + 12, "IHDR", 4) != 0)
    {
      g_set_error_literal (error, BR_EXPORT_ERROR, BR_EXPORT_ERROR_FAILED,
                           _("The image could not be drawn: cairo wrote an unexpected PNG"));
      return NULL;
    }

  compressed = convert_all (G_CONVERTER (compressor), board_data, board_size, G_MAXUINT32 / 2,
                            &too_large, error);
  if (compressed == NULL)
    return NULL;

  /* Type, keyword, compressed, zlib, no language, no translated keyword */
  g_byte_array_append (chunk, (const guint8 *) "iTXt", 4);
  g_byte_array_append (chunk, (const guint8 *) BR_EXPORT_KEYWORD, strlen (BR_EXPORT_KEYWORD) + 1);
  g_byte_array_append (chunk, (const guint8 *) "\1\0\0\0", 4);
  g_byte_array_append (chunk, g_bytes_get_data (compressed, NULL), g_bytes_get_size (compressed));

  out = g_byte_array_sized_new (png_size + chunk->len + 8);
  g_byte_array_append (out, png_data, HEADER_END);
  append_be32 (out, chunk->len - 4);
  g_byte_array_append (out, chunk->data, chunk->len);
  append_be32 (out, chunk_crc (chunk->data, chunk->len));
  g_byte_array_append (out, png_data + HEADER_END, png_size - HEADER_END);
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

/* ---------------------------------------------------------------------- */
/* Reading                                                                 */

/* Sets a "damaged" error; returns NULL for the callers' convenience */
static gpointer
corrupt (GError    **error,
         gsize       offset,
         const char *format,
         ...) G_GNUC_PRINTF (3, 4);

static gpointer
corrupt (GError    **error,
         gsize       offset,
         const char *format,
         ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  /* Translators: %s says what is wrong with the PNG image */
  g_set_error (error, BR_EXPORT_ERROR, BR_EXPORT_ERROR_CORRUPT,
               _("The PNG image is damaged at byte %" G_GSIZE_FORMAT ": %s"), offset, what);
  return NULL;
}

/* The text of a board chunk (iTXt, zTXt or tEXt whose keyword is ours),
 * uncompressed; NULL with @error set when the chunk is damaged */
static GBytes *
chunk_text (const char   *type,
            const guint8 *data,
            gsize         length,
            gsize         offset,
            GError      **error)
{
  gsize keyword_length = strlen (BR_EXPORT_KEYWORD) + 1;
  const guint8 *p = data + keyword_length, *end = data + length, *nul;
  gboolean compressed;

  if (g_str_equal (type, "tEXt"))
    return g_bytes_new (p, end - p);

  if (g_str_equal (type, "zTXt"))
    {
      if (p >= end || *p != 0)
        return corrupt (error, offset, _("the board's chunk names an unknown compression"));
      p++;
      compressed = TRUE;
    }
  else
    {
      if (end - p < 2 || p[0] > 1 || (p[0] == 1 && p[1] != 0))
        return corrupt (error, offset, _("the board's chunk names an unknown compression"));
      compressed = p[0] == 1;
      p += 2;
      /* The language tag and the translated keyword */
      for (int i = 0; i < 2; i++)
        {
          nul = memchr (p, 0, end - p);
          if (nul == NULL)
            return corrupt (error, offset, _("the board's chunk is cut short"));
          p = nul + 1;
        }
    }

  if (compressed)
    {
      g_autoptr(GZlibDecompressor) decompressor = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB);
      g_autoptr(GError) local_error = NULL;
      gboolean too_large;
      GBytes *text = convert_all (G_CONVERTER (decompressor), p, end - p, BR_BOARD_MAX_FILE_SIZE,
                                  &too_large, &local_error);

      if (text == NULL && too_large)
        {
          g_autofree char *limit = g_format_size (BR_BOARD_MAX_FILE_SIZE);

          g_set_error (error, BR_EXPORT_ERROR, BR_EXPORT_ERROR_TOO_LARGE,
                       _("The board in the image is larger than %s, the most a board may be"), limit);
        }
      else if (text == NULL)
        corrupt (error, offset, _("the board's compressed data is damaged (%s)"), local_error->message);
      return text;
    }
  return g_bytes_new (p, end - p);
}

BrBoard *
_br_export_png_extract (GBytes  *bytes,
                        GError **error)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  gsize offset = SIGNATURE_SIZE;
  gsize keyword_length = strlen (BR_EXPORT_KEYWORD) + 1;

  g_return_val_if_fail (size >= SIGNATURE_SIZE && memcmp (data, signature, SIGNATURE_SIZE) == 0, NULL);

  for (guint n = 0;; n++)
    {
      guint32 length, crc;
      char type[5];

      if (size - offset < 12)
        return corrupt (error, offset, _("the file ends in the middle of a chunk"));
      length = read_be32 (data + offset);
      memcpy (type, data + offset + 4, 4);
      type[4] = '\0';
      for (int i = 0; i < 4; i++)
        if (!g_ascii_isalpha (type[i]))
          return corrupt (error, offset, _("no chunk starts here"));
      if (length > MAX_CHUNK_LENGTH || length > size - offset - 12)
        return corrupt (error, offset,
                        _("the “%s” chunk says it holds %u bytes, but the file ends before that"),
                        type, length);
      crc = read_be32 (data + offset + 8 + length);
      if (crc != chunk_crc (data + offset + 4, length + 4))
        return corrupt (error, offset, _("the “%s” chunk fails its CRC check"), type);
      if (n == 0 && !g_str_equal (type, "IHDR"))
        return corrupt (error, offset, _("the image does not start with its header chunk (IHDR)"));

      if ((g_str_equal (type, "iTXt") || g_str_equal (type, "zTXt") || g_str_equal (type, "tEXt")) &&
          length >= keyword_length &&
          memcmp (data + offset + 8, BR_EXPORT_KEYWORD, keyword_length) == 0)
        {
          g_autoptr(GBytes) text = chunk_text (type, data + offset + 8, length, offset, error);

          return text ? br_board_parse (text, error) : NULL;
        }
      if (g_str_equal (type, "IEND"))
        break;
      offset += (gsize) length + 12;
    }

  g_set_error_literal (error, BR_EXPORT_ERROR, BR_EXPORT_ERROR_NO_BOARD,
                       _("This image holds no Bar Raiser board"));
  return NULL;
}
