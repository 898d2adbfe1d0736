/* br-guide-entry.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-guide-entry.h"

/**
 * BrGuideEntry:
 *
 * The base of every entry of the guide: a stable id ("questions/design-s3")
 * that the user's progress and history refer to, a title, and the entry's
 * main text (a principle's summary, a question's problem statement, a study
 * item's description...). Entries are immutable once loaded.
 */

typedef struct
{
  char *id;
  char *title;
  char *description;
} BrGuideEntryPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (BrGuideEntry, br_guide_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
br_guide_entry_finalize (GObject *object)
{
  BrGuideEntryPrivate *priv = br_guide_entry_get_instance_private (BR_GUIDE_ENTRY (object));

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->title, g_free);
  g_clear_pointer (&priv->description, g_free);

  G_OBJECT_CLASS (br_guide_entry_parent_class)->finalize (object);
}

static void
br_guide_entry_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BrGuideEntryPrivate *priv = br_guide_entry_get_instance_private (BR_GUIDE_ENTRY (object));

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, priv->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, priv->title);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, priv->description);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_guide_entry_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BrGuideEntryPrivate *priv = br_guide_entry_get_instance_private (BR_GUIDE_ENTRY (object));

  switch (prop_id)
    {
    case PROP_ID:
      priv->id = g_value_dup_string (value);
      break;
    case PROP_TITLE:
      priv->title = g_value_dup_string (value);
      break;
    case PROP_DESCRIPTION:
      priv->description = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_guide_entry_class_init (BrGuideEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = br_guide_entry_finalize;
  object_class->get_property = br_guide_entry_get_property;
  object_class->set_property = br_guide_entry_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
br_guide_entry_init (BrGuideEntry *self)
{
}

const char *
br_guide_entry_get_id (BrGuideEntry *self)
{
  BrGuideEntryPrivate *priv = br_guide_entry_get_instance_private (self);

  g_return_val_if_fail (BR_IS_GUIDE_ENTRY (self), NULL);
  return priv->id;
}

const char *
br_guide_entry_get_title (BrGuideEntry *self)
{
  BrGuideEntryPrivate *priv = br_guide_entry_get_instance_private (self);

  g_return_val_if_fail (BR_IS_GUIDE_ENTRY (self), NULL);
  return priv->title;
}

const char *
br_guide_entry_get_description (BrGuideEntry *self)
{
  BrGuideEntryPrivate *priv = br_guide_entry_get_instance_private (self);

  g_return_val_if_fail (BR_IS_GUIDE_ENTRY (self), NULL);
  return priv->description;
}
