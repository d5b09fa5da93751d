"""Every provider's profile, in the order the Provider step lists them; practice mode's sandbox last."""

from mailwizard.core.providers.profiles import alibaba, com35, google, microsoft, practice, tencent, west

PROFILES = (google.PROFILE, microsoft.PROFILE, tencent.PROFILE, alibaba.PROFILE, west.PROFILE, com35.PROFILE,
            practice.PROFILE)
