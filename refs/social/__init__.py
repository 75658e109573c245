"""Social posts and online videos as references: recognise, read, title.

- :mod:`refs.social.urls`: which URLs are posts (X, Mastodon on any
  instance, Bluesky, YouTube, Vimeo);
- :mod:`refs.social.title`: APA's title of a post (its first 20 words, a
  URL, hashtag or emoji one word each, ``[Image attached]``);
- :mod:`refs.social.parse`: each platform's JSON as a CSL item (pure);
- :mod:`refs.social.read`: one call to the platform's public endpoint per
  post, failures as one-line values.

    from refs.social.read import Endpoints, PostReader
    PostReader(Endpoints.from_env(os.environ)).read("https://bsky.app/profile/ana.bsky.social/post/3kq2abc")
"""
