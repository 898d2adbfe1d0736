/* br-resource.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-resource.h"

/**
 * BrResource:
 *
 * An Amazon-specific resource: an internal system, a key technology or a
 * book or site to read.
 */

struct _BrResource
{
  BrGuideEntry parent_instance;

  BrResourceKind kind;
};

G_DEFINE_FINAL_TYPE (BrResource, br_resource, BR_TYPE_GUIDE_ENTRY)

enum {
  PROP_0,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
br_resource_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  BrResource *self = BR_RESOURCE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_resource_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  BrResource *self = BR_RESOURCE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_resource_class_init (BrResourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = br_resource_get_property;
  object_class->set_property = br_resource_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, BR_TYPE_RESOURCE_KIND, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
br_resource_init (BrResource *self)
{
}

BrResourceKind
br_resource_get_kind (BrResource *self)
{
  g_return_val_if_fail (BR_IS_RESOURCE (self), 0);
  return self->kind;
}
