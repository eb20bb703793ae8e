import { shortenKeepAlive } from './shortKeepAlive'

// Each test worker's fetch, before any test file runs.
shortenKeepAlive()
