/* br-data-entity.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-data-entity.h"

/**
 * BrDataEntity:
 *
 * One entity of a practice card's data model: its name ("Cart"), its key
 * (the partition key, then an optional sort key), its main fields, and why
 * it is partitioned by that key.
 */

struct _BrDataEntity
{
  GObject parent_instance;

  char *name;
  GStrv key;
  GStrv fields;
  char *partition_reason;
};

G_DEFINE_FINAL_TYPE (BrDataEntity, br_data_entity, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_KEY,
  PROP_FIELDS,
  PROP_PARTITION_REASON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
br_data_entity_finalize (GObject *object)
{
  BrDataEntity *self = BR_DATA_ENTITY (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->key, g_strfreev);
  g_clear_pointer (&self->fields, g_strfreev);
  g_clear_pointer (&self->partition_reason, g_free);

  G_OBJECT_CLASS (br_data_entity_parent_class)->finalize (object);
}

static void
br_data_entity_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BrDataEntity *self = BR_DATA_ENTITY (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_KEY:
      g_value_set_boxed (value, self->key);
      break;
    case PROP_FIELDS:
      g_value_set_boxed (value, self->fields);
      break;
    case PROP_PARTITION_REASON:
      g_value_set_string (value, self->partition_reason);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_data_entity_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BrDataEntity *self = BR_DATA_ENTITY (object);

  switch (prop_id)
    {
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;
    case PROP_KEY:
      self->key = g_value_dup_boxed (value);
      break;
    case PROP_FIELDS:
      self->fields = g_value_dup_boxed (value);
      break;
    case PROP_PARTITION_REASON:
      self->partition_reason = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_data_entity_class_init (BrDataEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = br_data_entity_finalize;
  object_class->get_property = br_data_entity_get_property;
  object_class->set_property = br_data_entity_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KEY] =
    g_param_spec_boxed ("key", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIELDS] =
    g_param_spec_boxed ("fields", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTITION_REASON] =
    g_param_spec_string ("partition-reason", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
br_data_entity_init (BrDataEntity *self)
{
}

/**
 * br_data_entity_get_name:
 *
 * Returns: the entity's name, such as "Cart"
 */
const char *
br_data_entity_get_name (BrDataEntity *self)
{
  g_return_val_if_fail (BR_IS_DATA_ENTITY (self), NULL);
  return self->name;
}

/**
 * br_data_entity_get_key:
 *
 * Returns: (transfer none): the attributes of the entity's key: the
 *   partition key, then the sort key if it has one
 */
const char * const *
br_data_entity_get_key (BrDataEntity *self)
{
  g_return_val_if_fail (BR_IS_DATA_ENTITY (self), NULL);
  return (const char * const *) self->key;
}

const char *
br_data_entity_get_partition_key (BrDataEntity *self)
{
  g_return_val_if_fail (BR_IS_DATA_ENTITY (self), NULL);
  return self->key ? self->key[0] : NULL;
}

/**
 * br_data_entity_get_sort_key:
 *
 * Returns: (nullable): the sort key, or %NULL when the key is only a
 *   partition key
 */
const char *
br_data_entity_get_sort_key (BrDataEntity *self)
{
  g_return_val_if_fail (BR_IS_DATA_ENTITY (self), NULL);
  return self->key && self->key[0] ? self->key[1] : NULL;
}

/**
 * br_data_entity_get_fields:
 *
 * Returns: (transfer none): the entity's main attributes besides its key
 */
const char * const *
br_data_entity_get_fields (BrDataEntity *self)
{
  g_return_val_if_fail (BR_IS_DATA_ENTITY (self), NULL);
  return (const char * const *) self->fields;
}

/**
 * br_data_entity_get_partition_reason:
 *
 * Returns: why the entity is partitioned by its partition key
 */
const char *
br_data_entity_get_partition_reason (BrDataEntity *self)
{
  g_return_val_if_fail (BR_IS_DATA_ENTITY (self), NULL);
  return self->partition_reason;
}
