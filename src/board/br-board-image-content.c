/* br-board-image-content.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bar-raiser"

#include "br-board-export.h"
#include "br-board-image-content.h"

/**
 * BrBoardImageContent:
 *
 * Clipboard content that offers a board as a PNG image (light colours on
 * white, as a document expects, with the board inside). It holds its own
 * copy of the items and draws them only when someone pastes the image,
 * once: copying a large board costs nothing until then.
 */
struct _BrBoardImageContent
{
  GdkContentProvider parent_instance;

  BrBoard *board;
  double scale;
  GBytes *png;
};

G_DEFINE_FINAL_TYPE (BrBoardImageContent, br_board_image_content, GDK_TYPE_CONTENT_PROVIDER)

#define MIME_TYPE "image/png"

static GdkContentFormats *
br_board_image_content_ref_formats (GdkContentProvider *provider)
{
  static const char *mime_types[] = { MIME_TYPE };

  return gdk_content_formats_new (mime_types, G_N_ELEMENTS (mime_types));
}

static GBytes *
get_png (BrBoardImageContent  *self,
         GError              **error)
{
  if (self->png == NULL)
    {
      BrExportOptions options;

      br_export_options_init (&options);
      options.format = BR_EXPORT_PNG;
      options.scale = self->scale;
      self->png = br_board_export (self->board, &options, error);
    }
  return self->png ? g_bytes_ref (self->png) : NULL;
}

static void
written (GObject      *stream,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (g_output_stream_write_all_finish (G_OUTPUT_STREAM (stream), result, NULL, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
br_board_image_content_write_mime_type_async (GdkContentProvider  *provider,
                                              const char          *mime_type,
                                              GOutputStream       *stream,
                                              int                  io_priority,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data)
{
  BrBoardImageContent *self = BR_BOARD_IMAGE_CONTENT (provider);
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autoptr(GBytes) png = NULL;
  GError *error = NULL;

  g_task_set_priority (task, io_priority);
  g_task_set_source_tag (task, br_board_image_content_write_mime_type_async);

  if (!g_str_equal (mime_type, MIME_TYPE))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               "Cannot give the board as %s", mime_type);
      return;
    }
  /* Drawn on the main thread, as the renderer must be */
  png = get_png (self, &error);
  if (png == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_set_task_data (task, g_bytes_ref (png), (GDestroyNotify) g_bytes_unref);
  g_output_stream_write_all_async (stream, g_bytes_get_data (png, NULL), g_bytes_get_size (png),
                                   io_priority, cancellable, written, g_steal_pointer (&task));
}

static gboolean
br_board_image_content_write_mime_type_finish (GdkContentProvider  *provider,
                                               GAsyncResult        *result,
                                               GError             **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
br_board_image_content_finalize (GObject *object)
{
  BrBoardImageContent *self = BR_BOARD_IMAGE_CONTENT (object);

  g_clear_object (&self->board);
  g_clear_pointer (&self->png, g_bytes_unref);

  G_OBJECT_CLASS (br_board_image_content_parent_class)->finalize (object);
}

static void
br_board_image_content_class_init (BrBoardImageContentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GdkContentProviderClass *provider_class = GDK_CONTENT_PROVIDER_CLASS (klass);

  object_class->finalize = br_board_image_content_finalize;
  provider_class->ref_formats = br_board_image_content_ref_formats;
  provider_class->write_mime_type_async = br_board_image_content_write_mime_type_async;
  provider_class->write_mime_type_finish = br_board_image_content_write_mime_type_finish;
}

static void
br_board_image_content_init (BrBoardImageContent *self)
{
}

/**
 * br_board_image_content_new:
 * @board: the items to offer; the content keeps a reference, so give it
 *   a copy that nothing changes (br_board_copy_items())
 * @scale: pixels per board unit
 */
GdkContentProvider *
br_board_image_content_new (BrBoard *board,
                            double   scale)
{
  BrBoardImageContent *self;

  g_return_val_if_fail (BR_IS_BOARD (board), NULL);

  self = g_object_new (BR_TYPE_BOARD_IMAGE_CONTENT, NULL);
  self->board = g_object_ref (board);
  self->scale = CLAMP (scale, 1, BR_EXPORT_MAX_SCALE);
  return GDK_CONTENT_PROVIDER (self);
}
