// A story's title as a short file-name part: the branch map's file and the story's own save
// slots (its autosave, its quick save) are named with it, so stories sharing a save folder keep
// apart.

/** Lower-case letters, digits and dashes, at most `max` characters; "story" when none are left. */
export function titleSlug(title: string, max = 60): string {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return slug.slice(0, max) || 'story';
}
