/* br-reference.c — the reference numbers file: a strict loader
 *
 * {
 *   "format": "bar-raiser-reference", "version": 1,
 *   "sources": [ { "id": "sources/dean-2009", "title": "…", "author": "…",
 *                  "year": 2009, "url": "https://…" } ],
 *   "latency": [ { "id": "latency/l1-cache", "title": "L1 cache reference",
 *                  "value": 0.5, "unit": "ns", "source": "sources/dean-2009" } ],
 *   "components": [ { "type": "cache", "title": "Cache", "instance": "one Redis server",
 *                     "reads": FIGURE, "writes": FIGURE, "latency": FIGURE, … } ]
 * }
 *
 * A FIGURE is { "value", "unit", "up-to" (optional), "note" (optional),
 * "source" }: every figure names its source, and the source gives the
 * year. Every component type of the whiteboard's stencils has exactly one
 * entry, so the design review finds defaults for each (data/reference/
 * README.md describes the fields).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-reference"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "br-board-item.h"
#include "br-core-resources.h"
#include "br-json-reader.h"
#include "br-reference.h"

struct _BrReference
{
  gatomicrefcount ref;
  GStringChunk *strings;
  GPtrArray *sources;      /* of BrReferenceSource */
  GPtrArray *latencies;    /* of BrReferenceLatency */
  GPtrArray *components;   /* of BrReferenceComponent */
  GPtrArray *figures;      /* of BrReferenceFigure, owned */
  GHashTable *source_ids;  /* id -> BrReferenceSource */
};

G_DEFINE_BOXED_TYPE (BrReference, br_reference, br_reference_ref, br_reference_unref)

static const char * const unit_names[] = {
  [BR_REFERENCE_NS] = "ns",
  [BR_REFERENCE_US] = "us",
  [BR_REFERENCE_MS] = "ms",
  [BR_REFERENCE_S] = "s",
  [BR_REFERENCE_REQUESTS_PER_S] = "requests/s",
  [BR_REFERENCE_QUERIES_PER_S] = "queries/s",
  [BR_REFERENCE_RECORDS_PER_S] = "records/s",
  [BR_REFERENCE_MESSAGES_PER_S] = "messages/s",
  [BR_REFERENCE_DOCUMENTS_PER_S] = "documents/s",
  [BR_REFERENCE_JOBS_PER_S] = "jobs/s",
  [BR_REFERENCE_MB_PER_S] = "MB/s",
  [BR_REFERENCE_CONNECTIONS] = "connections",
  [BR_REFERENCE_METRICS_PER_REQUEST] = "metrics/request",
  [BR_REFERENCE_BYTES_PER_SAMPLE] = "bytes/sample",
  [BR_REFERENCE_PERCENT] = "%",
  NULL
};

static const char * const slot_names[] = {
  [BR_REFERENCE_READS] = "reads",
  [BR_REFERENCE_WRITES] = "writes",
  [BR_REFERENCE_REQUESTS] = "requests",
  [BR_REFERENCE_CONNECTIONS_SLOT] = "connections",
  [BR_REFERENCE_LATENCY] = "latency",
  [BR_REFERENCE_AVAILABILITY] = "availability",
  [BR_REFERENCE_DURABILITY] = "durability",
  [BR_REFERENCE_STORAGE] = "storage",
  NULL
};

#define UNIT(u) (1u << (u))
#define TIME_UNITS (UNIT (BR_REFERENCE_NS) | UNIT (BR_REFERENCE_US) | UNIT (BR_REFERENCE_MS) | UNIT (BR_REFERENCE_S))
#define RATE_UNITS (UNIT (BR_REFERENCE_REQUESTS_PER_S) | UNIT (BR_REFERENCE_QUERIES_PER_S) | \
                    UNIT (BR_REFERENCE_RECORDS_PER_S) | UNIT (BR_REFERENCE_MESSAGES_PER_S) | \
                    UNIT (BR_REFERENCE_DOCUMENTS_PER_S) | UNIT (BR_REFERENCE_JOBS_PER_S) | \
                    UNIT (BR_REFERENCE_MB_PER_S) | UNIT (BR_REFERENCE_METRICS_PER_REQUEST))

static const guint slot_units[BR_REFERENCE_N_SLOTS] = {
  [BR_REFERENCE_READS] = RATE_UNITS,
  [BR_REFERENCE_WRITES] = RATE_UNITS,
  [BR_REFERENCE_REQUESTS] = RATE_UNITS,
  [BR_REFERENCE_CONNECTIONS_SLOT] = UNIT (BR_REFERENCE_CONNECTIONS),
  [BR_REFERENCE_LATENCY] = TIME_UNITS,
  [BR_REFERENCE_AVAILABILITY] = UNIT (BR_REFERENCE_PERCENT),
  [BR_REFERENCE_DURABILITY] = UNIT (BR_REFERENCE_PERCENT),
  [BR_REFERENCE_STORAGE] = UNIT (BR_REFERENCE_BYTES_PER_SAMPLE),
};

/* Figures are positive and below this: anything larger is a typo */
#define MAX_FIGURE 1e13

const char *
br_reference_unit_to_string (BrReferenceUnit unit)
{
  g_return_val_if_fail (unit < BR_REFERENCE_N_UNITS, NULL);
  return unit_names[unit];
}

const char *
br_reference_slot_to_string (BrReferenceSlot slot)
{
  g_return_val_if_fail (slot < BR_REFERENCE_N_SLOTS, NULL);
  return slot_names[slot];
}

/**
 * br_reference_figure_seconds:
 *
 * Returns: a time figure's value in seconds, or 0 for other figures
 */
double
br_reference_figure_seconds (const BrReferenceFigure *figure)
{
  switch (figure->unit)
    {
    case BR_REFERENCE_NS: return figure->value * 1e-9;
    case BR_REFERENCE_US: return figure->value * 1e-6;
    case BR_REFERENCE_MS: return figure->value * 1e-3;
    case BR_REFERENCE_S: return figure->value;
    default: return 0;
    }
}

static BrReference *
reference_new (void)
{
  BrReference *self = g_new0 (BrReference, 1);

  g_atomic_ref_count_init (&self->ref);
  self->strings = g_string_chunk_new (4096);
  self->sources = g_ptr_array_new_with_free_func (g_free);
  self->latencies = g_ptr_array_new_with_free_func (g_free);
  self->components = g_ptr_array_new_with_free_func (g_free);
  self->figures = g_ptr_array_new_with_free_func (g_free);
  self->source_ids = g_hash_table_new (g_str_hash, g_str_equal);
  return self;
}

BrReference *
br_reference_ref (BrReference *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref);
  return self;
}

void
br_reference_unref (BrReference *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref))
    return;
  g_hash_table_unref (self->source_ids);
  g_ptr_array_unref (self->figures);
  g_ptr_array_unref (self->components);
  g_ptr_array_unref (self->latencies);
  g_ptr_array_unref (self->sources);
  g_string_chunk_free (self->strings);
  g_free (self);
}

static const char *
keep (BrReference *self,
      const char  *text)
{
  return text ? g_string_chunk_insert (self->strings, text) : NULL;
}

/* The members of a figure, from @object itself */
static gboolean
read_figure_fields (BrReference       *self,
                    BrJsonReader      *reader,
                    JsonObject        *object,
                    guint              units,
                    BrReferenceFigure *figure,
                    GError           **error)
{
  const char *note = NULL;
  const char *source_id;
  guint unit;
  double up_to = 0;

  if (!br_json_reader_get_double (reader, object, "value", BR_JSON_REQUIRED, 1e-9, MAX_FIGURE,
                                  &figure->value, error) ||
      !br_json_reader_get_choice (reader, object, "unit", unit_names, &unit, error))
    return FALSE;

  if (!(units & UNIT (unit)))
    {
      g_autoptr(GString) allowed = g_string_new (NULL);

      for (guint i = 0; i < BR_REFERENCE_N_UNITS; i++)
        if (units & UNIT (i))
          g_string_append_printf (allowed, "%s“%s”", allowed->len ? ", " : "", unit_names[i]);
      return br_json_reader_fail_member (reader, error, "unit", BR_DOC_ERROR_INVALID_VALUE,
                                         _("“%s” is not a unit for this figure; use %s"),
                                         unit_names[unit], allowed->str);
    }
  if (unit == BR_REFERENCE_PERCENT && figure->value > 100)
    return br_json_reader_fail_member (reader, error, "value", BR_DOC_ERROR_RANGE,
                                       _("a percentage is at most 100"));

  if (!br_json_reader_get_double (reader, object, "up-to", BR_JSON_OPTIONAL, figure->value, MAX_FIGURE,
                                  &up_to, error) ||
      !br_json_reader_get_string (reader, object, "note", BR_JSON_OPTIONAL, &note, error) ||
      !br_json_reader_get_string (reader, object, "source", BR_JSON_REQUIRED, &source_id, error))
    return FALSE;
  if (unit == BR_REFERENCE_PERCENT && up_to > 100)
    return br_json_reader_fail_member (reader, error, "up-to", BR_DOC_ERROR_RANGE,
                                       _("a percentage is at most 100"));

  figure->source = g_hash_table_lookup (self->source_ids, source_id);
  if (figure->source == NULL)
    return br_json_reader_fail_member (reader, error, "source", BR_DOC_ERROR_UNKNOWN_REFERENCE,
                                       _("“%s” does not name any “%s” entry of this file"),
                                       source_id, "sources/");
  figure->unit = (BrReferenceUnit) unit;
  figure->up_to = up_to;
  figure->note = keep (self, note);
  return TRUE;
}

/* An optional figure in @member of @object */
static gboolean
read_figure (BrReference              *self,
             BrJsonReader             *reader,
             JsonObject               *object,
             BrReferenceSlot           slot,
             const BrReferenceFigure **out,
             GError                  **error)
{
  static const char * const fields[] = { "value", "unit", "up-to", "note", "source", NULL };
  const char *member = slot_names[slot];
  g_autofree BrReferenceFigure *figure = g_new0 (BrReferenceFigure, 1);
  JsonObject *figure_object;
  gboolean ok;

  *out = NULL;
  if (!br_json_reader_get_object (reader, object, member, BR_JSON_OPTIONAL, &figure_object, error))
    return FALSE;
  if (figure_object == NULL)
    return TRUE;

  br_json_reader_push_member (reader, member);
  ok = br_json_reader_check_members (reader, figure_object, fields, error) &&
       read_figure_fields (self, reader, figure_object, slot_units[slot], figure, error);
  br_json_reader_pop (reader);
  if (!ok)
    return FALSE;

  *out = figure;
  g_ptr_array_add (self->figures, g_steal_pointer (&figure));
  return TRUE;
}

static gboolean
read_source (BrReference   *self,
             BrJsonReader  *reader,
             JsonObject    *object,
             GError       **error)
{
  static const char * const fields[] = { "id", "title", "author", "year", "url", NULL };
  g_autofree BrReferenceSource *source = g_new0 (BrReferenceSource, 1);
  const char *id, *title, *author, *url;
  gint64 year;

  if (!br_json_reader_check_members (reader, object, fields, error) ||
      !br_json_reader_define_id (reader, object, "sources/", &id, error) ||
      !br_json_reader_get_string (reader, object, "title", BR_JSON_REQUIRED, &title, error) ||
      !br_json_reader_get_string (reader, object, "author", BR_JSON_REQUIRED, &author, error) ||
      !br_json_reader_get_int (reader, object, "year", BR_JSON_REQUIRED, 1900, 2100, &year, error) ||
      !br_json_reader_get_string (reader, object, "url", BR_JSON_REQUIRED, &url, error))
    return FALSE;
  if (!g_str_has_prefix (url, "https://") && !g_str_has_prefix (url, "http://"))
    return br_json_reader_fail_member (reader, error, "url", BR_DOC_ERROR_INVALID_VALUE,
                                       _("“%s” is not a web address: it must start with https://"), url);

  source->id = keep (self, id);
  source->title = keep (self, title);
  source->author = keep (self, author);
  source->url = keep (self, url);
  source->year = (int) year;
  g_hash_table_insert (self->source_ids, (gpointer) source->id, source);
  g_ptr_array_add (self->sources, g_steal_pointer (&source));
  return TRUE;
}

static gboolean
read_latency (BrReference   *self,
              BrJsonReader  *reader,
              JsonObject    *object,
              GError       **error)
{
  static const char * const fields[] = { "id", "title", "value", "unit", "up-to", "note", "source", NULL };
  g_autofree BrReferenceLatency *latency = g_new0 (BrReferenceLatency, 1);
  const char *id, *title;

  if (!br_json_reader_check_members (reader, object, fields, error) ||
      !br_json_reader_define_id (reader, object, "latency/", &id, error) ||
      !br_json_reader_get_string (reader, object, "title", BR_JSON_REQUIRED, &title, error) ||
      !read_figure_fields (self, reader, object, TIME_UNITS, &latency->figure, error))
    return FALSE;

  latency->id = keep (self, id);
  latency->title = keep (self, title);
  g_ptr_array_add (self->latencies, g_steal_pointer (&latency));
  return TRUE;
}

static gboolean
read_component (BrReference   *self,
                BrJsonReader  *reader,
                JsonObject    *object,
                GError       **error)
{
  static const char * const fields[] = {
    "type", "title", "instance", "reads", "writes", "requests", "connections",
    "latency", "availability", "durability", "storage", NULL
  };
  g_autofree BrReferenceComponent *component = g_new0 (BrReferenceComponent, 1);
  const char * const *types = br_stencil_names ();
  const char *title, *instance;
  guint type;

  if (!br_json_reader_check_members (reader, object, fields, error) ||
      !br_json_reader_get_choice (reader, object, "type", types, &type, error))
    return FALSE;

  if (br_reference_find_component (self, types[type]) != NULL)
    return br_json_reader_fail_member (reader, error, "type", BR_DOC_ERROR_DUPLICATE_ID,
                                       _("the component type “%s” already has an entry earlier in the file"),
                                       types[type]);

  if (!br_json_reader_get_string (reader, object, "title", BR_JSON_REQUIRED, &title, error) ||
      !br_json_reader_get_string (reader, object, "instance", BR_JSON_REQUIRED, &instance, error))
    return FALSE;

  for (guint slot = 0; slot < BR_REFERENCE_N_SLOTS; slot++)
    if (!read_figure (self, reader, object, (BrReferenceSlot) slot, &component->figures[slot], error))
      return FALSE;

  if (component->figures[BR_REFERENCE_READS] == NULL && component->figures[BR_REFERENCE_WRITES] == NULL &&
      component->figures[BR_REFERENCE_REQUESTS] == NULL &&
      component->figures[BR_REFERENCE_CONNECTIONS_SLOT] == NULL)
    return br_json_reader_fail (reader, error, BR_DOC_ERROR_MISSING,
                                _("a component needs a throughput: “reads”, “writes”, “requests” or “connections”"));

  component->type = types[type];
  component->title = keep (self, title);
  component->instance = keep (self, instance);
  g_ptr_array_add (self->components, g_steal_pointer (&component));
  return TRUE;
}

typedef gboolean (*ReadFunc) (BrReference  *self,
                              BrJsonReader *reader,
                              JsonObject   *object,
                              GError      **error);

static gboolean
read_list (BrReference   *self,
           BrJsonReader  *reader,
           const char    *member,
           guint          max_length,
           ReadFunc       read_entry,
           GError       **error)
{
  JsonArray *array;
  gboolean ok = TRUE;

  if (!br_json_reader_get_array (reader, br_json_reader_get_root (reader), member, BR_JSON_REQUIRED,
                                 1, max_length, &array, error))
    return FALSE;

  br_json_reader_push_member (reader, member);
  for (guint i = 0; ok && i < json_array_get_length (array); i++)
    {
      JsonObject *object;

      if (!br_json_reader_get_element_object (reader, array, i, &object, error))
        {
          ok = FALSE;
          break;
        }
      ok = read_entry (self, reader, object, error);
      br_json_reader_pop (reader);
    }
  br_json_reader_pop (reader);
  return ok;
}

/**
 * br_reference_parse:
 *
 * Reads a reference numbers document, refusing anything the format does
 * not allow with a #BR_DOC_ERROR that says where: the line, column and
 * JSON path of the problem.
 *
 * Returns: (transfer full) (nullable): the reference numbers
 */
BrReference *
br_reference_parse (GBytes  *bytes,
                    GError **error)
{
  static const char * const fields[] = { "format", "version", "sources", "latency", "components", NULL };
  g_autoptr(BrJsonReader) reader = NULL;
  g_autoptr(BrReference) self = NULL;
  const char * const *types = br_stencil_names ();

  g_return_val_if_fail (bytes != NULL, NULL);

  reader = br_json_reader_new (bytes, BR_REFERENCE_MAX_SIZE, error);
  if (reader == NULL)
    return NULL;

  self = reference_new ();
  if (!br_json_reader_check_format (reader, BR_REFERENCE_FORMAT, BR_REFERENCE_VERSION, NULL, error) ||
      !br_json_reader_check_members (reader, br_json_reader_get_root (reader), fields, error) ||
      !read_list (self, reader, "sources", 500, read_source, error) ||
      !read_list (self, reader, "latency", 500, read_latency, error) ||
      !read_list (self, reader, "components", 64, read_component, error))
    return NULL;

  for (guint i = 0; types[i] != NULL; i++)
    if (br_reference_find_component (self, types[i]) == NULL)
      {
        br_json_reader_fail_member (reader, error, "components", BR_DOC_ERROR_MISSING,
                                    _("the component type “%s” has no entry; every type needs one"), types[i]);
        return NULL;
      }

  return g_steal_pointer (&self);
}

/**
 * br_reference_new_builtin:
 *
 * Returns: (transfer full) (nullable): the reference numbers compiled
 *   into the app (data/reference/reference.json)
 */
BrReference *
br_reference_new_builtin (GError **error)
{
  g_autoptr(GBytes) bytes = g_resource_lookup_data (br_core_get_resource (), APP_PATH "reference/reference.json",
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  if (bytes == NULL)
    return NULL;
  return br_reference_parse (bytes, error);
}

guint
br_reference_get_n_sources (BrReference *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->sources->len;
}

const BrReferenceSource *
br_reference_get_source (BrReference *self,
                         guint        index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->sources->len, NULL);
  return g_ptr_array_index (self->sources, index);
}

guint
br_reference_get_n_latencies (BrReference *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->latencies->len;
}

const BrReferenceLatency *
br_reference_get_latency (BrReference *self,
                          guint        index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->latencies->len, NULL);
  return g_ptr_array_index (self->latencies, index);
}

guint
br_reference_get_n_components (BrReference *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->components->len;
}

const BrReferenceComponent *
br_reference_get_component (BrReference *self,
                            guint        index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->components->len, NULL);
  return g_ptr_array_index (self->components, index);
}

/**
 * br_reference_find_component:
 * @type: a component type, as the whiteboard's stencils name them ("cache")
 *
 * Returns: (nullable): the typical figures of one instance of @type
 */
const BrReferenceComponent *
br_reference_find_component (BrReference *self,
                             const char  *type)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (type != NULL, NULL);

  for (guint i = 0; i < self->components->len; i++)
    {
      const BrReferenceComponent *component = g_ptr_array_index (self->components, i);

      if (g_str_equal (component->type, type))
        return component;
    }
  return NULL;
}
